// SPDX-License-Identifier: MIT
// /admin/products end to end: medusa-server as a process on a fresh database, over loopback.
// Create with options, variants, prices and channels; read back with fields; list filters,
// order and paging; replace-semantics updates; option and variant sub-routes; batches; the
// variant inventory links; delete; bad input; 401.
#include <QtTest>

#include "medusa/core/json.h"
#include "medusa/db/pool.h"
#include "medusa/inventory/inventory_module_service.h"
#include "medusa/sales_channel/sales_channel_module_service.h"
#include "medusa/workflow/service_container.h"
#include "modules/application.h"
#include "raw_client.h"
#include "server_process.h"

namespace bj = boost::json;
using medusa::test::RawResponse;

namespace {

bj::object tshirt(const std::string& channel) {
  return bj::object{
      {"title", "Medusa T-Shirt"},
      {"status", "published"},
      {"options", bj::array{bj::object{{"title", "Size"}, {"values", bj::array{"S", "M"}}}}},
      {"variants",
       bj::array{
           bj::object{{"title", "S"},
                      {"sku", "TS-S"},
                      {"options", bj::object{{"Size", "S"}}},
                      {"prices", bj::array{bj::object{{"currency_code", "usd"}, {"amount", 10}},
                                           bj::object{{"currency_code", "eur"}, {"amount", 9.5}}}}},
           bj::object{
               {"title", "M"},
               {"sku", "TS-M"},
               {"options", bj::object{{"Size", "M"}}},
               {"prices", bj::array{bj::object{{"currency_code", "usd"}, {"amount", 12}}}}}}},
      {"sales_channels", bj::array{bj::object{{"id", channel}}}}};
}

}  // namespace

class AdminProductsRoutesTest : public QObject {
  Q_OBJECT

  medusa::test::ServerProcess m_server{
      {.database = "admin_products", .adminEmail = "admin@test.com", .adminPassword = "secret"}};
  std::string m_token, m_channel, m_item;

  RawResponse send(const std::string& method, const std::string& path, const std::string& body,
                   bool auth = true) {
    std::string request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (auth) request += "Authorization: Bearer " + m_token + "\r\n";
    if (!body.empty()) request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    return medusa::test::exchange(m_server.port(), request);
  }
  RawResponse get(const std::string& path) { return send("GET", path, {}); }
  RawResponse post(const std::string& path, const bj::object& body) {
    return send("POST", path, medusa::json::stringify(body));
  }
  RawResponse del(const std::string& path) { return send("DELETE", path, {}); }

  std::string message(const RawResponse& response) {
    return std::string(response.json().at("message").as_string());
  }

  bj::object createTshirt(const std::string& handle) {
    auto body = tshirt(m_channel);
    body["handle"] = handle;
    auto& variants = body["variants"].as_array();
    for (auto& v : variants) {
      v.as_object()["sku"] = handle + "-" + std::string(v.as_object()["title"].as_string());
    }
    const auto response = post("/admin/products", body);
    if (response.status != 200) qWarning() << response.body.c_str();
    return response.json().at("product").as_object();
  }

 private slots:
  void initTestCase() {
    QVERIFY2(m_server.prepare(), m_server.error().c_str());
    {  // Data other route families would create: a sales channel and an inventory item.
      medusa::db::Pool pool(medusa::db::PoolOptions{.url = m_server.databaseUrl(), .size = 1});
      medusa::server::Application app(medusa::Config{}, pool);
      m_channel = app.services()
                      .resolve<medusa::sales_channel::SalesChannelModuleService>()
                      .createSalesChannels(bj::array{bj::object{{"name", "Web"}}})
                      .at(0)
                      .as_object()
                      .at("id")
                      .as_string()
                      .c_str();
      m_item = app.services()
                   .resolve<medusa::inventory::InventoryModuleService>()
                   .createInventoryItems(bj::array{bj::object{{"sku", "BOX"}}})
                   .at(0)
                   .as_object()
                   .at("id")
                   .as_string()
                   .c_str();
    }
    QVERIFY2(m_server.start(), m_server.error().c_str());
    const auto login = medusa::test::exchange(
        m_server.port(),
        medusa::test::postRequest("/auth/user/emailpass",
                                  R"({"email":"admin@test.com","password":"secret"})",
                                  "application/json"));
    if (login.status == 200) m_token = login.json().at("token").as_string().c_str();
    QVERIFY2(!m_token.empty(), "the admin cannot log in");
  }

  void cleanupTestCase() { m_server.stop(); }

  void unauthorizedWithoutCredentials() {
    for (const char* path : {"/admin/products", "/admin/product-variants"}) {
      const auto response = send("GET", path, {}, false);
      QCOMPARE(response.status, 401);
      QCOMPARE(QByteArray::fromStdString(response.body),
               QByteArray(R"({"message":"Unauthorized"})"));
    }
  }

  void createReturnsTheAdminShape() {
    const auto product = createTshirt("tee");
    QCOMPARE(product.at("title").as_string(), "Medusa T-Shirt");
    QCOMPARE(product.at("handle").as_string(), "tee");
    QCOMPARE(product.at("status").as_string(), "published");
    QCOMPARE(product.at("is_giftcard").as_bool(), false);
    QCOMPARE(product.at("discountable").as_bool(), true);
    QCOMPARE(product.at("options").as_array().size(), 1u);
    QCOMPARE(product.at("options").at(0).at("values").as_array().size(), 2u);
    QCOMPARE(product.at("sales_channels").at(0).at("id").as_string(), m_channel.c_str());
    const auto& variants = product.at("variants").as_array();
    QCOMPARE(variants.size(), 2u);
    for (const auto& item : variants) {
      const auto& v = item.as_object();
      QCOMPARE(v.at("manage_inventory").as_bool(), true);
      QCOMPARE(v.at("options").as_array().size(), 1u);
      const auto& prices = v.at("prices").as_array();
      QCOMPARE(prices.size(), v.at("title").as_string() == "S" ? 2u : 1u);
      const auto& p = prices.at(0).as_object();
      QCOMPARE(p.at("variant_id"), v.at("id"));
      QVERIFY(p.at("rules").is_object());
      for (const auto* key : {"id", "amount", "currency_code", "min_quantity", "max_quantity",
                              "created_at", "updated_at"}) {
        QVERIFY2(p.contains(key), key);
      }
      QVERIFY(!p.contains("raw_amount"));
      QVERIFY(!v.contains("price_set"));
    }
  }

  void readBackWithFields() {
    const auto created = createTshirt("fields-tee");
    const std::string id(created.at("id").as_string());
    const auto narrow = get("/admin/products/" + id + "?fields=id,title,variants.sku");
    QCOMPARE(narrow.status, 200);
    const auto product = narrow.json().at("product").as_object();
    QCOMPARE(product.size(), 3u);
    QVERIFY(product.at("variants").at(0).as_object().contains("sku"));
    QVERIFY(!product.at("variants").at(0).as_object().contains("title"));
    const auto withInventory =
        get("/admin/products/" + id + "?fields=+variants.inventory_items.required_quantity");
    const auto variant = withInventory.json().at("product").at("variants").at(0).as_object();
    QCOMPARE(variant.at("inventory_items").as_array().size(), 1u);
    const auto missing = get("/admin/products/prod_missing");
    QCOMPARE(missing.status, 404);
    QCOMPARE(message(missing), std::string("Product not found"));
  }

  void listFiltersOrderAndPaging() {
    createTshirt("list-a");
    createTshirt("list-b");
    const auto all = get("/admin/products?limit=1&offset=0&order=-created_at");
    QCOMPARE(all.status, 200);
    const auto body = all.json().as_object();
    QVERIFY(body.at("count").as_int64() >= 2);
    QCOMPARE(body.at("limit").as_int64(), 1);
    QCOMPARE(body.at("products").as_array().size(), 1u);
    const auto byHandle = get("/admin/products?handle=list-b&fields=id,handle");
    QCOMPARE(byHandle.json().at("count").as_int64(), 1);
    const auto byQ = get("/admin/products?q=list-a-S&fields=id");
    QCOMPARE(byQ.json().at("count").as_int64(), 1);
    const auto byChannel = get("/admin/products?sales_channel_id[]=" + m_channel + "&limit=1");
    QVERIFY(byChannel.json().at("count").as_int64() >= 2);
    const auto byStatus = get("/admin/products?status[]=draft&fields=id");
    QCOMPARE(byStatus.json().at("count").as_int64(), 0);
    const auto bySku = get("/admin/products?variants[sku]=list-b-M&fields=id,handle");
    QCOMPARE(bySku.json().at("products").at(0).at("handle").as_string(), "list-b");
    const auto unknown = get("/admin/products?foo=bar");
    QCOMPARE(unknown.status, 400);
    QCOMPARE(message(unknown), std::string("Invalid request: Unrecognized fields: 'foo'"));
  }

  void updateReplacesVariantsAndChannels() {
    const auto created = createTshirt("upd");
    const std::string id(created.at("id").as_string());
    const auto& small = created.at("variants").at(0).as_object();
    bj::object keep{{"id", small.at("id")},
                    {"prices", bj::array{bj::object{{"currency_code", "usd"}, {"amount", 15}}}}};
    const auto response = post(
        "/admin/products/" + id,
        {{"title", "Renamed"}, {"variants", bj::array{keep}}, {"sales_channels", bj::array{}}});
    QCOMPARE(response.status, 200);
    const auto product = response.json().at("product").as_object();
    QCOMPARE(product.at("title").as_string(), "Renamed");
    QCOMPARE(product.at("variants").as_array().size(), 1u);
    const auto& prices = product.at("variants").at(0).at("prices").as_array();
    QCOMPARE(prices.size(), 1u);
    QCOMPARE(prices.at(0).at("amount").to_number<double>(), 15.0);
    QCOMPARE(product.at("sales_channels").as_array().size(), 0u);
    const auto missing = post("/admin/products/prod_nope", {{"title", "x"}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(message(missing), std::string("Product with id \"prod_nope\" not found"));
  }

  void optionAndVariantSubRoutes() {
    const auto created = createTshirt("subs");
    const std::string id(created.at("id").as_string());
    const auto options = get("/admin/products/" + id + "/options");
    QCOMPARE(options.json().at("count").as_int64(), 1);
    const auto added = post("/admin/products/" + id + "/options",
                            {{"title", "Color"}, {"values", bj::array{"Red"}}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json().at("product").at("options").as_array().size(), 2u);
    const auto variant =
        post("/admin/products/" + id + "/variants",
             {{"title", "L"},
              {"sku", "subs-L"},
              {"options", bj::object{{"Size", "M"}, {"Color", "Red"}}},
              {"prices", bj::array{bj::object{{"currency_code", "usd"}, {"amount", 30}}}}});
    QCOMPARE(variant.status, 200);
    QCOMPARE(variant.json().at("product").at("variants").as_array().size(), 3u);
    const auto list = get("/admin/products/" + id + "/variants?limit=2");
    QCOMPARE(list.json().at("count").as_int64(), 3);
    QCOMPARE(list.json().at("variants").as_array().size(), 2u);
    const std::string variantId(created.at("variants").at(0).at("id").as_string());
    const auto one = get("/admin/products/" + id + "/variants/" + variantId);
    QCOMPARE(one.json().at("variant").at("id").as_string(), variantId.c_str());
    const auto updated =
        post("/admin/products/" + id + "/variants/" + variantId, {{"title", "Small"}});
    QCOMPARE(updated.status, 200);
    const auto deleted = del("/admin/products/" + id + "/variants/" + variantId);
    QCOMPARE(deleted.json().at("object").as_string(), "variant");
    QCOMPARE(deleted.json().at("parent").at("variants").as_array().size(), 2u);
    const auto gone = get("/admin/products/" + id + "/variants/" + variantId);
    QCOMPARE(gone.status, 404);
    const auto all = get("/admin/product-variants?q=subs-L");
    QCOMPARE(all.json().at("count").as_int64(), 1);
  }

  void variantInventoryLinks() {
    const auto created = createTshirt("inv");
    const std::string id(created.at("id").as_string());
    const std::string variantId(created.at("variants").at(0).at("id").as_string());
    const std::string base =
        "/admin/products/" + id + "/variants/" + variantId + "/inventory-items";
    const std::string fields =
        "?fields=inventory_items.inventory_item_id,inventory_items.required_quantity";
    const auto linked =
        post(base + fields, {{"inventory_item_id", m_item}, {"required_quantity", 2}});
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.json().at("variant").at("inventory_items").as_array().size(), 2u);
    const auto changed = post(base + "/" + m_item + fields, {{"required_quantity", 3}});
    QCOMPARE(changed.status, 200);
    const auto removed = del(base + "/" + m_item + fields);
    QCOMPARE(removed.json().at("object").as_string(), "variant-inventory-item-link");
    QCOMPARE(removed.json().at("parent").at("inventory_items").as_array().size(), 1u);
  }

  void batchCreatesUpdatesDeletes() {
    const auto doomed = createTshirt("batch-old");
    const auto kept = createTshirt("batch-kept");
    auto fresh = tshirt(m_channel);
    fresh["handle"] = "batch-new";
    fresh.erase("variants");
    const auto response =
        post("/admin/products/batch",
             {{"create", bj::array{fresh}},
              {"update", bj::array{bj::object{{"id", kept.at("id")}, {"title", "Kept"}}}},
              {"delete", bj::array{doomed.at("id")}}});
    QCOMPARE(response.status, 200);
    const auto body = response.json().as_object();
    QCOMPARE(body.at("created").at(0).at("handle").as_string(), "batch-new");
    QCOMPARE(body.at("updated").at(0).at("title").as_string(), "Kept");
    QCOMPARE(body.at("deleted").at("object").as_string(), "product");
    QCOMPARE(body.at("deleted").at("ids").at(0), doomed.at("id"));
    QCOMPARE(get("/admin/products/" + std::string(doomed.at("id").as_string())).status, 404);
  }

  void deleteAnswersMedusasEnvelope() {
    const auto created = createTshirt("del");
    const std::string id(created.at("id").as_string());
    const auto response = del("/admin/products/" + id);
    QCOMPARE(response.status, 200);
    QCOMPARE(
        QByteArray::fromStdString(response.body),
        QByteArray::fromStdString(R"({"id":")" + id + R"(","object":"product","deleted":true})"));
    QCOMPARE(get("/admin/products/" + id).status, 404);
  }

  void badInputIsRefusedAndWritesNothing() {
    const auto before = get("/admin/products?limit=1").json().at("count").as_int64();
    const auto unknownKey = post("/admin/products", {{"title", "X"}, {"foo", 1}});
    QCOMPARE(unknownKey.status, 400);
    QCOMPARE(message(unknownKey), std::string("Invalid request: Unrecognized fields: 'foo'"));
    const auto noTitle = post("/admin/products", {{"subtitle", "x"}});
    QCOMPARE(noTitle.status, 400);
    QCOMPARE(message(noTitle), std::string("Invalid request: Field 'title' is required"));
    const auto wrongType = post("/admin/products", {{"title", 5}});
    QCOMPARE(wrongType.status, 400);
    auto noOptions = tshirt(m_channel);
    noOptions.erase("options");
    noOptions["handle"] = "no-options";
    const auto missingOptions = post("/admin/products", noOptions);
    QCOMPARE(missingOptions.status, 400);
    QCOMPARE(message(missingOptions),
             std::string("Product options are not provided for: [Medusa T-Shirt]."));
    auto badCombo = tshirt(m_channel);
    badCombo["handle"] = "bad-combo";
    badCombo["variants"].as_array()[1].as_object()["options"] = bj::object{{"Size", "S"}};
    QCOMPARE(post("/admin/products", badCombo).status, 400);
    const auto duplicate = post("/admin/products", tshirt(m_channel));  // handle taken below
    QCOMPARE(duplicate.status, 200);
    auto again = tshirt(m_channel);
    again["handle"] = duplicate.json().at("product").at("handle");
    const auto dup = post("/admin/products", again);
    QCOMPARE(dup.status, 400);
    QCOMPARE(dup.json().at("type").as_string(), "invalid_data");
    auto lostChannel = tshirt("sc_missing");
    lostChannel["handle"] = "lost-channel";
    const auto lost = post("/admin/products", lostChannel);
    QCOMPARE(lost.status, 400);
    QCOMPARE(message(lost), std::string("Sales channels with IDs sc_missing do not exist"));
    auto lostCollection = tshirt(m_channel);
    lostCollection["handle"] = "lost-collection";
    lostCollection["collection_id"] = "pcol_missing";
    QCOMPARE(post("/admin/products", lostCollection).status / 100, 4);
    QCOMPARE(get("/admin/products?limit=1").json().at("count").as_int64(), before + 1);
  }
};

QTEST_GUILESS_MAIN(AdminProductsRoutesTest)
#include "admin_products_routes_test.moc"
