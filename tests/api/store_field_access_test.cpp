// SPDX-License-Identifier: MIT
// What a storefront may reach through `fields` and filters (issue #12, findings 2-4 and the
// /store half of 8), attacked as a storefront or a signed-in customer would: every /store
// route lists the relations it may follow, relations keep the store's visibility (published,
// in the key's channels, active public categories) at every level, back-links into other
// customers or admin-only entities are refused, with_deleted and pattern filters too.
// Each case failed before the access policy existed (drafts, other channels and other
// customers' e-mails came back with 200).
#include <QtTest>
#include <optional>

#include "raw_client.h"
#include "server_process.h"

namespace bj = boost::json;
using medusa::test::RawResponse;

namespace {

const char* const kAdminEmail = "admin@access-test.com";
const char* const kPassword = "supersecret";

std::string text(const bj::value& value) {
  return std::string(value.as_string());
}

std::vector<std::string> idsOf(const bj::value& rows) {
  std::vector<std::string> ids;
  for (const auto& row : rows.as_array()) ids.push_back(text(row.at("id")));
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

class StoreFieldAccessTest : public QObject {
  Q_OBJECT

  medusa::test::ServerProcess m_server{
      {.database = "store_access", .adminEmail = kAdminEmail, .adminPassword = kPassword}};
  std::string m_admin, m_key;
  std::string m_web, m_other;  // sales channels: the key's, another
  std::string m_collection, m_category, m_internalCategory, m_sale, m_lastPieces;
  std::string m_visible, m_draft, m_elsewhere, m_deleted;  // products
  std::string m_alice, m_bob;                              // customer tokens
  std::string m_bobEmail = "bob@access-test.com";

  RawResponse call(const std::string& method, const std::string& path, const std::string& token,
                   const std::optional<bj::object>& body = std::nullopt) {
    std::string headers;
    if (!token.empty()) headers += "Authorization: Bearer " + token + "\r\n";
    if (path.starts_with("/store")) headers += "x-publishable-api-key: " + m_key + "\r\n";
    const auto payload = body ? medusa::json::stringify(*body) : std::string();
    if (body) headers += "Content-Type: application/json\r\n";
    return medusa::test::exchange(
        m_server.port(), method + " " + path + " HTTP/1.1\r\nHost: x\r\n" + headers +
                             "Content-Length: " + std::to_string(payload.size()) + "\r\n\r\n" +
                             payload);
  }
  RawResponse store(const std::string& path, const std::string& token = {}) {
    return call("GET", path, token);
  }
  bj::object admin(const std::string& path, const bj::object& body, const char* envelope) {
    const auto response = call("POST", path, m_admin, body);
    if (response.status != 200) qWarning("%s: %s", path.c_str(), response.body.c_str());
    return response.json().at(envelope).as_object();
  }
  std::string token(const std::string& path, const std::string& email) {
    const auto response =
        call("POST", path, {}, bj::object{{"email", email}, {"password", kPassword}});
    return response.status == 200 ? text(response.json().at("token")) : std::string();
  }
  std::string signUp(const std::string& email) {
    const auto registration = token("/auth/customer/emailpass/register", email);
    call("POST", "/store/customers", registration, bj::object{{"email", email}});
    return token("/auth/customer/emailpass", email);
  }
  std::string product(const std::string& handle, const char* status, const std::string& channel,
                      std::vector<std::string> categories) {
    bj::array categoryRefs;
    for (const auto& id : categories) categoryRefs.push_back(bj::object{{"id", id}});
    const auto created = admin(
        "/admin/products",
        {{"title", handle},
         {"handle", handle},
         {"status", status},
         {"collection_id", m_collection},
         {"categories", std::move(categoryRefs)},
         {"sales_channels", bj::array{bj::object{{"id", channel}}}},
         {"options", bj::array{bj::object{{"title", "Size"}, {"values", bj::array{"M"}}}}},
         {"variants", bj::array{bj::object{{"title", "M"},
                                           {"options", bj::object{{"Size", "M"}}},
                                           {"prices", bj::array{bj::object{{"currency_code", "eur"},
                                                                           {"amount", 10}}}}}}}},
        "product");
    return text(created.at("id"));
  }

  // 400 with Medusa's field message naming `name`.
  static bool refused(const RawResponse& response, const std::string& name) {
    if (response.status != 400) return false;
    const auto message = text(response.json().at("message"));
    return message.find(name) != std::string::npos;
  }
  // Each (path, name): a GET that must be refused naming `name`.
  void expectRefused(const std::vector<std::pair<std::string, std::string>>& attempts) {
    for (const auto& [path, name] : attempts) {
      const auto response = store(path);
      QVERIFY2(refused(response, name), (path + " -> " + response.body).c_str());
    }
  }

 private slots:
  void initTestCase() {
    QVERIFY2(m_server.prepare(), m_server.error().c_str());
    QVERIFY2(m_server.start(), m_server.error().c_str());
    m_admin = token("/auth/user/emailpass", kAdminEmail);
    QVERIFY(!m_admin.empty());

    m_web = text(admin("/admin/sales-channels", {{"name", "Web"}}, "sales_channel").at("id"));
    m_other =
        text(admin("/admin/sales-channels", {{"name", "Wholesale"}}, "sales_channel").at("id"));
    const auto key =
        admin("/admin/api-keys", {{"title", "Shop"}, {"type", "publishable"}}, "api_key");
    m_key = text(key.at("token"));
    admin("/admin/api-keys/" + text(key.at("id")) + "/sales-channels",
          {{"add", bj::array{bj::value(m_web)}}}, "api_key");
    m_collection = text(admin("/admin/collections", {{"title", "Summer"}}, "collection").at("id"));
    m_category = text(admin("/admin/product-categories",
                            {{"name", "Shirts"}, {"is_active", true}, {"is_internal", false}},
                            "product_category")
                          .at("id"));
    m_internalCategory = text(admin("/admin/product-categories",
                                    {{"name", "Clearance (staff)"},
                                     {"parent_category_id", m_category},
                                     {"is_active", true},
                                     {"is_internal", true}},
                                    "product_category")
                                  .at("id"));

    m_sale = text(admin("/admin/product-categories", {{"name", "Sale"}, {"is_active", true}},
                        "product_category")
                      .at("id"));
    m_lastPieces =
        text(admin("/admin/product-categories",
                   {{"name", "Last pieces"}, {"parent_category_id", m_sale}, {"is_active", true}},
                   "product_category")
                 .at("id"));

    m_visible =
        product("visible", "published", m_web, {m_category, m_internalCategory, m_lastPieces});
    m_draft = product("draft", "draft", m_web, {m_category, m_lastPieces});
    m_elsewhere = product("wholesale-only", "published", m_other, {m_category, m_lastPieces});
    m_deleted = product("deleted", "published", m_web, {m_category});
    QCOMPARE(call("DELETE", "/admin/products/" + m_deleted, m_admin).status, 200);

    // Two customers in one group, each with an address.
    m_alice = signUp("alice@access-test.com");
    m_bob = signUp(m_bobEmail);
    QVERIFY(!m_alice.empty() && !m_bob.empty());
    for (const auto* who : {&m_alice, &m_bob}) {
      QCOMPARE(call("POST", "/store/customers/me/addresses", *who,
                    bj::object{{"address_1", "Main St 1"}, {"city", "Berlin"}})
                   .status,
               200);
    }
    const auto group = admin("/admin/customer-groups", {{"name", "VIP"}}, "customer_group");
    bj::array members;
    for (const auto* who : {&m_alice, &m_bob}) {
      members.push_back(store("/store/customers/me", *who).json().at("customer").at("id"));
    }
    admin("/admin/customer-groups/" + text(group.at("id")) + "/customers",
          {{"add", std::move(members)}}, "customer_group");
  }

  void cleanupTestCase() { m_server.stop(); }

  // Finding 3: a relation shows only what the storefront's own route would show.
  void collectionProductsKeepStoreVisibility() {
    const auto one = store("/store/collections/" + m_collection + "?fields=*products");
    QCOMPARE(one.status, 200);
    QCOMPARE(idsOf(one.json().at("collection").at("products")), std::vector{m_visible});
    const auto list = store("/store/collections?fields=*products");
    QCOMPARE(list.status, 200);
    QCOMPARE(idsOf(list.json().at("collections").at(0).at("products")), std::vector{m_visible});
  }

  void categoryRelationsKeepStoreVisibility() {
    // The DTC starter's category request, verbatim.
    const auto list = store(
        "/store/product-categories?fields=*category_children,%20*products,%20*parent_category,"
        "%20*parent_category.parent_category");
    QCOMPARE(list.status, 200);
    const auto json = list.json();
    const auto& rows = json.at("product_categories").as_array();
    // The internal child is no list row either, and no child of its parent.
    auto expected = std::vector{m_category, m_lastPieces, m_sale};
    std::sort(expected.begin(), expected.end());
    QVERIFY2(idsOf(rows) == expected, list.body.c_str());
    for (const auto& row : rows) {
      if (text(row.at("id")) != m_category) continue;
      QCOMPARE(idsOf(row.at("products")), std::vector{m_visible});
      QCOMPARE(row.at("category_children").as_array().size(), std::size_t(0));
    }
    QVERIFY(list.body.find(m_draft) == std::string::npos);
    QVERIFY(list.body.find(m_elsewhere) == std::string::npos);

    // The trees' nodes carry columns only: `products` there bypassed the store's rules.
    for (const auto& path :
         {"/store/product-categories/" + m_sale +
              "?include_descendants_tree=true&fields=id,name,products",
          "/store/product-categories/" + m_lastPieces +
              "?include_ancestors_tree=true&fields=id,name,products",
          std::string(
              "/store/product-categories?include_descendants_tree=true&fields=id,products")}) {
      const auto tree = store(path);
      QVERIFY2(tree.status == 200, tree.body.c_str());
      QVERIFY2(tree.body.find(m_draft) == std::string::npos, (path + " -> " + tree.body).c_str());
      QVERIFY2(tree.body.find(m_elsewhere) == std::string::npos, tree.body.c_str());
    }

    const auto product = store("/store/products/" + m_visible + "?fields=*categories");
    QCOMPARE(product.status, 200);
    auto categories = std::vector{m_category, m_lastPieces};  // not the internal one
    std::sort(categories.begin(), categories.end());
    QCOMPARE(idsOf(product.json().at("product").at("categories")), categories);
  }

  void backLinksAndAdminEntitiesAreRefused() {
    const std::vector<std::pair<std::string, std::string>> attempts{
        {"/store/products?fields=*collection.products", "collection.products"},
        {"/store/products?fields=*sales_channels", "sales_channels"},
        {"/store/products?fields=sales_channels.id", "sales_channels"},
        {"/store/products?fields=*variants.product", "variants.product"},
        {"/store/products?fields=*variants.inventory_items.inventory.location_levels",
         "variants.inventory_items"},
        {"/store/products?fields=*variants.price_set", "variants.price_set"},
        {"/store/products/" + m_visible + "?fields=*categories.products", "categories.products"},
        {"/store/collections/" + m_collection + "?fields=*products.sales_channels",
         "products.sales_channels"},
        {"/store/collections?fields=products.variants.id", "products.variants"},
        {"/store/product-categories?fields=*products.collection", "products.collection"},
        {"/store/product-tags?fields=*products.variants", "products.variants"},
        {"/store/regions?fields=*countries.region", "countries.region"},
    };
    expectRefused(attempts);
  }

  // Finding 2: two customers in one group; neither reaches the other through `fields`.
  void customersCannotReachOtherCustomers() {
    const auto viaAddresses =
        store("/store/customers/me?fields=addresses.customer.groups.customers.email", m_alice);
    QVERIFY2(refused(viaAddresses, "addresses.customer"), viaAddresses.body.c_str());
    const auto viaGroups = store("/store/customers/me?fields=*groups.customers", m_alice);
    QVERIFY2(viaGroups.status == 400, viaGroups.body.c_str());
    const auto addresses =
        store("/store/customers/me/addresses?fields=*customer.groups.customers,*customer.addresses",
              m_alice);
    QVERIFY2(refused(addresses, "customer"), addresses.body.c_str());
    // Sorting through an unlisted to-one relation would order by another entity's column.
    const auto sorted = store("/store/customers/me/addresses?order=customer.email", m_alice);
    QVERIFY2(refused(sorted, "customer.email"), sorted.body.c_str());
    for (const auto& response : {viaAddresses, viaGroups, addresses}) {
      QVERIFY(response.body.find(m_bobEmail) == std::string::npos);
    }
    // What the account page asks for still works.
    const auto me = store("/store/customers/me?fields=*addresses", m_alice);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().at("customer").at("addresses").as_array().size(), std::size_t(1));
  }

  // Finding 4: soft-deleted rows stay out of /store.
  void withDeletedIsRefused() {
    expectRefused({{"/store/products?with_deleted=true", "'with_deleted'"},
                   {"/store/collections?with_deleted=true", "'with_deleted'"},
                   {"/store/product-categories?with_deleted=true", "'with_deleted'"},
                   {"/store/regions?with_deleted=true", "'with_deleted'"}});
    const auto list = store("/store/products?fields=id");
    QCOMPARE(list.status, 200);
    QCOMPARE(idsOf(list.json().at("products")), std::vector{m_visible});
  }

  // Finding 8 (store half): no pattern matching and no filters through unlisted relations.
  void patternAndForeignFiltersAreRefused() {
    const std::vector<std::pair<std::string, std::string>> attempts{
        {"/store/products?title[$re]=(a%2B)%2Bb", "$re"},
        {"/store/products?handle[$like]=%25vis%25", "$like"},
        {"/store/collections?title[$ilike]=sum%25", "$ilike"},
        {"/store/product-categories?name[$re]=.*", "$re"},
        {"/store/products?variants[sku][$like]=%25", "$like"},
        {"/store/products?variants[inventory_items][inventory_item_id]=x",
         "variants.inventory_items"},
        {"/store/products?variants[product][status]=draft", "variants.product"},
        {"/store/collections?$and[0][products][q]=draft", "products.q"},
        {"/store/products?$or[0][categories][q]=staff", "categories.q"},
    };
    expectRefused(attempts);
  }

  // A nested filter through a relation sees only what the store shows: no probing for drafts,
  // other channels' products or internal categories.
  void nestedFiltersKeepStoreVisibility() {
    const auto drafts = store("/store/collections?$and[0][products][status]=draft");
    QCOMPARE(drafts.status, 200);
    QCOMPARE(drafts.json().at("collections").as_array().size(), std::size_t(0));
    const auto elsewhere = store("/store/collections?products[handle]=wholesale-only");
    QVERIFY(elsewhere.status == 400 || elsewhere.json().at("collections").as_array().empty());
    const auto viaOr = store("/store/collections?$or[0][products][handle]=wholesale-only");
    QCOMPARE(viaOr.status, 200);
    QCOMPARE(viaOr.json().at("collections").as_array().size(), std::size_t(0));
    const auto visible = store("/store/collections?$or[0][products][handle]=visible");
    QCOMPARE(visible.status, 200);
    QCOMPARE(visible.json().at("collections").as_array().size(), std::size_t(1));
    const auto internal = store("/store/products?$and[0][categories][is_internal]=true");
    QCOMPARE(internal.status, 200);
    QCOMPARE(internal.json().at("products").as_array().size(), std::size_t(0));
  }

  // The official storefront's requests keep working under the allow-lists.
  void storefrontRequestsStillWork() {
    const auto region = admin(
        "/admin/regions",
        {{"name", "Europe"}, {"currency_code", "eur"}, {"countries", bj::array{"de"}}}, "region");
    const auto products = store(
        "/store/products?limit=12&fields=*variants.calculated_price,%2Bvariants.inventory_quantity,"
        "*variants.images,%2Bmetadata,%2Btags,&region_id=" +
        text(region.at("id")));
    QVERIFY2(products.status == 200, products.body.c_str());
    const auto json = products.json();
    QCOMPARE(json.at("products")
                 .at(0)
                 .at("variants")
                 .at(0)
                 .at("calculated_price")
                 .at("calculated_amount")
                 .to_number<double>(),
             10.0);
    const auto plain = store(
        "/store/products?fields=*variants.options,*options.values,*images,*tags,"
        "*type,*collection,*categories");
    QCOMPARE(plain.status, 200);
    QCOMPARE(idsOf(plain.json().at("products")), std::vector{m_visible});
    QCOMPARE(store("/store/collections?handle=summer&fields=*products").status, 200);
    QCOMPARE(store("/store/product-categories?fields=*category_children,%20*products").status, 200);
  }
};

QTEST_GUILESS_MAIN(StoreFieldAccessTest)
#include "store_field_access_test.moc"
