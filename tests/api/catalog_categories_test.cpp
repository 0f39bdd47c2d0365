// SPDX-License-Identifier: MIT
// Product categories over HTTP: ranks after create, move and delete; refused moves under a
// descendant; ancestor and descendant trees; products linked and unlinked; and what the store
// shows (active, non-internal only).
#include <QtTest>

#include <vector>

#include "catalog_test_server.h"

namespace bj = boost::json;
using medusa::test::RawResponse;

namespace {

std::string str(const bj::value& value) { return std::string(value.as_string()); }

}  // namespace

class CatalogCategoriesTest : public QObject {
  Q_OBJECT

  medusa::test::CatalogTestServer m_server;

  std::string create(bj::object body) {
    const auto response = m_server.admin("POST", "/admin/product-categories", body);
    if (response.status != 200) return "failed: " + response.body;
    return str(response.json().at("product_category").at("id"));
  }
  bj::object category(const std::string& id, const std::string& query = {}) {
    const auto response = m_server.admin("GET", "/admin/product-categories/" + id + query);
    if (response.status != 200) return {};
    return response.json().at("product_category").as_object();
  }
  // The ids under `parent` ("null": the roots) in rank order, checking ranks are 0..n-1.
  std::vector<std::string> siblings(const std::string& parent, const std::string& prefix) {
    const auto list = m_server.admin("GET", "/admin/product-categories?order=rank&limit=100"
                                            "&fields=id,rank,name&parent_category_id=" + parent);
    const auto body = list.json();
    std::vector<std::string> ids;
    std::int64_t rank = 0;
    for (const auto& row : body.at("product_categories").as_array()) {
      if (!str(row.at("name")).starts_with(prefix)) continue;
      if (row.at("rank").as_int64() != rank++) return {"bad rank"};
      ids.push_back(str(row.at("id")));
    }
    return ids;
  }
  bj::value update(const std::string& id, bj::object body, int expected = 200) {
    const auto response = m_server.admin("POST", "/admin/product-categories/" + id, body);
    if (response.status != expected) return bj::value(response.body);
    return response.json();
  }

 private slots:
  void initTestCase() {
    const auto problem = m_server.start("catalog_categories");
    QVERIFY2(problem.empty(), problem.c_str());
  }

  void cleanupTestCase() { m_server.stop(); }

  void ranksFollowCreateMoveAndDelete() {
    const auto a = create({{"name", "T A"}});
    const auto b = create({{"name", "T B"}});
    const auto c = create({{"name", "T C"}, {"rank", 0}});
    QCOMPARE(siblings("null", "T "), (std::vector<std::string>{c, a, b}));
    const auto child = create({{"name", "T A1"}, {"parent_category_id", a}});
    QCOMPARE(category(child).at("rank").as_int64(), 0);
    QCOMPARE(str(category(child).at("handle")), std::string("t-a1"));

    // B moves under A, first among A's children; the roots close the gap.
    update(b, {{"parent_category_id", a}, {"rank", 0}});
    QCOMPARE(siblings(a, "T "), (std::vector<std::string>{b, child}));
    QCOMPARE(siblings("null", "T "), (std::vector<std::string>{c, a}));
    // A re-ranked among the roots.
    update(a, {{"rank", 0}});
    QCOMPARE(siblings("null", "T "), (std::vector<std::string>{a, c}));

    // Under itself or its own descendant: refused, nothing moved.
    const auto cycle = update(a, {{"parent_category_id", child}}, 400);
    QCOMPARE(str(cycle.at("type")), std::string("invalid_data"));
    QCOMPARE(update(a, {{"parent_category_id", a}}, 400).at("type"), bj::value("invalid_data"));
    QCOMPARE(siblings("null", "T "), (std::vector<std::string>{a, c}));

    // A category with children cannot go; a leaf can, and its siblings close up.
    const auto refused = m_server.admin("DELETE", "/admin/product-categories/" + a);
    QCOMPARE(refused.status, 400);
    const auto deleted = m_server.admin("DELETE", "/admin/product-categories/" + b);
    QCOMPARE(deleted.json(),
             bj::value({{"id", b}, {"object", "product_category"}, {"deleted", true}}));
    QCOMPARE(siblings(a, "T "), (std::vector<std::string>{child}));
    QCOMPARE(category(b).size(), std::size_t(0));

    // Back to the roots (parent null), last.
    update(child, {{"parent_category_id", nullptr}});
    QCOMPARE(siblings("null", "T "), (std::vector<std::string>{a, c, child}));
  }

  void validationAndNotFound() {
    const auto missing = m_server.admin("POST", "/admin/product-categories", bj::object{});
    QCOMPARE(missing.status, 400);
    QCOMPARE(str(missing.json().at("message")),
             std::string("Invalid request: Field 'name' is required"));
    QCOMPARE(m_server.admin("POST", "/admin/product-categories",
                            bj::object{{"name", "x"}, {"rank", -1}}).status, 400);
    QCOMPARE(m_server.admin("POST", "/admin/product-categories",
                            bj::object{{"name", "x"}, {"is_active", "yes"}}).status, 400);
    QCOMPARE(m_server.admin("POST", "/admin/product-categories",
                            bj::object{{"name", "x"}, {"bogus", true}}).status, 400);
    create({{"name", "Handle one"}, {"handle", "same-handle"}});
    QCOMPARE(m_server.admin("POST", "/admin/product-categories",
                            bj::object{{"name", "Handle two"}, {"handle", "same-handle"}}).status,
             400);
    const auto notFound = m_server.admin("GET", "/admin/product-categories/pcat_nope");
    QCOMPARE(notFound.status, 404);
    QCOMPARE(str(notFound.json().at("message")),
             std::string("Product category with id: pcat_nope was not found"));
    QCOMPARE(update("pcat_nope", {{"name", "x"}}, 404).is_object(), true);
    QCOMPARE(m_server.admin("GET", "/admin/product-categories?fields=mpath").status, 400);
    QCOMPARE(m_server.admin("GET", "/admin/product-categories?include_descendants_tree=maybe")
                 .status, 400);
  }

  void trees() {
    const auto root = create({{"name", "Tree root"}});
    const auto mid = create({{"name", "Tree mid"}, {"parent_category_id", root}});
    const auto leaf = create({{"name", "Tree leaf"}, {"parent_category_id", mid}});
    const auto down = category(root, "?include_descendants_tree=true");
    const auto& children = down.at("category_children").as_array();
    QCOMPARE(children.size(), std::size_t(1));
    QCOMPARE(str(children.at(0).at("id")), mid);
    QCOMPARE(str(children.at(0).at("category_children").at(0).at("id")), leaf);
    const auto up = category(leaf, "?include_ancestors_tree=true");
    QCOMPARE(str(up.at("parent_category").at("id")), mid);
    QCOMPARE(str(up.at("parent_category").at("parent_category").at("id")), root);
    QVERIFY(up.at("parent_category").at("parent_category").at("parent_category").is_null());
  }

  void products() {
    const auto id = create({{"name", "With products"}});
    const auto product = m_server.createProduct("Category shirt");
    const auto path = "/admin/product-categories/" + id + "/products?fields=id,products.id";
    auto linked = m_server.admin("POST", path, bj::object{{"add", bj::array{product.c_str()}}});
    QCOMPARE(linked.status, 200);
    QCOMPARE(str(linked.json().at("product_category").at("products").at(0).at("id")), product);
    linked = m_server.admin("POST", path, bj::object{{"remove", bj::array{product.c_str()}}});
    QCOMPARE(linked.json().at("product_category").at("products").as_array().size(),
             std::size_t(0));
  }

  void storeShowsActivePublicOnly() {
    // Medusa creates categories inactive unless told otherwise.
    const auto visible = create({{"name", "Shop visible"}, {"is_active", true}});
    const auto inactive = create({{"name", "Shop inactive"}});
    const auto internal =
        create({{"name", "Shop internal"}, {"is_active", true}, {"is_internal", true}});
    const auto hiddenChild = create(
        {{"name", "Shop hidden child"}, {"parent_category_id", visible}, {"is_active", false}});
    const auto list = m_server.store("/store/product-categories?q=Shop&limit=100");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().at("count").as_int64(), 1);
    const auto body = list.json();
    const auto& row = body.at("product_categories").at(0).as_object();
    QCOMPARE(str(row.at("id")), visible);
    QVERIFY(!row.contains("is_internal"));
    QCOMPARE(m_server.store("/store/product-categories/" + visible).status, 200);
    for (const auto& id : {inactive, internal, hiddenChild}) {
      QCOMPARE(m_server.store("/store/product-categories/" + id).status, 404);
    }
    const auto shownChild = create(
        {{"name", "Shop shown child"}, {"parent_category_id", visible}, {"is_active", true}});
    const auto tree =
        m_server.store("/store/product-categories/" + visible + "?include_descendants_tree=true");
    const auto children = tree.json().at("product_category").at("category_children").as_array();
    QCOMPARE(children.size(), std::size_t(1));
    QCOMPARE(str(children.at(0).at("id")), shownChild);
    QCOMPARE(m_server.store("/store/product-categories?is_internal=true").status, 400);
    // Admins see them all.
    QCOMPARE(m_server.admin("GET", "/admin/product-categories?q=Shop").json().at("count"),
             bj::value(5));
    QCOMPARE(m_server.admin("GET", "/admin/product-categories?q=Shop&is_active=false")
                 .json().at("count"), bj::value(2));
  }
};

QTEST_GUILESS_MAIN(CatalogCategoriesTest)
#include "catalog_categories_test.moc"
