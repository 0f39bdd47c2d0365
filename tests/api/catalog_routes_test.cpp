// SPDX-License-Identifier: MIT
// Collections, product tags and product types over HTTP: admin CRUD with Medusa's envelopes
// and errors, products moved in and out of a collection, the store's read routes, and the
// admin guard in front of every family.
#include <QtTest>

#include "catalog_test_server.h"

namespace bj = boost::json;
using medusa::test::RawResponse;

namespace {

const char* const kUnauthorized = "{\"message\":\"Unauthorized\"}";

std::string str(const bj::value& value) { return std::string(value.as_string()); }
std::string message(const RawResponse& response) { return str(response.json().at("message")); }

}  // namespace

class CatalogRoutesTest : public QObject {
  Q_OBJECT

  medusa::test::CatalogTestServer m_server;

  bj::object createCollection(const bj::object& body) {
    const auto response = m_server.admin("POST", "/admin/collections", body);
    if (response.status != 200) return {};
    return response.json().at("collection").as_object();
  }

 private slots:
  void initTestCase() {
    const auto problem = m_server.start("catalog_routes");
    QVERIFY2(problem.empty(), problem.c_str());
  }

  void cleanupTestCase() { m_server.stop(); }

  void adminRoutesNeedCredentials() {
    for (const char* path : {"/admin/collections", "/admin/product-categories",
                             "/admin/product-tags", "/admin/product-types"}) {
      const auto response = m_server.send("GET", path);
      QCOMPARE(response.status, 401);
      QCOMPARE(response.body, std::string(kUnauthorized));
      QCOMPARE(m_server.send("POST", path, R"({"title":"x","name":"x","value":"x"})").status, 401);
    }
  }

  void collectionCrud() {
    const auto created = createCollection({{"title", "Summer Sale"}, {"metadata", {{"k", 1}}}});
    QCOMPARE(str(created.at("handle")), std::string("summer-sale"));
    QVERIFY(str(created.at("id")).starts_with("pcol_"));
    // defaultAdminCollectionFields, nothing else.
    QCOMPARE(created.size(), std::size_t(6));
    QCOMPARE(created.at("metadata").at("k").as_int64(), 1);
    const auto id = str(created.at("id"));

    const auto one = m_server.admin("GET", "/admin/collections/" + id + "?fields=title");
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().at("collection").as_object().size(), std::size_t(2));

    const auto updated = m_server.admin("POST", "/admin/collections/" + id,
                                        bj::object{{"title", "Winter"}, {"metadata", nullptr}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(str(updated.json().at("collection").at("title")), std::string("Winter"));
    QCOMPARE(str(updated.json().at("collection").at("handle")), std::string("summer-sale"));
    QVERIFY(updated.json().at("collection").at("metadata").is_null());

    const auto list = m_server.admin("GET", "/admin/collections?handle=summer-sale");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().at("count").as_int64(), 1);
    QCOMPARE(list.json().at("limit").as_int64(), 10);  // Medusa's default for collections
    QCOMPARE(list.json().at("offset").as_int64(), 0);

    const auto removed = m_server.admin("DELETE", "/admin/collections/" + id);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json(), bj::value({{"id", id}, {"object", "collection"}, {"deleted", true}}));
    QCOMPARE(m_server.admin("GET", "/admin/collections/" + id).status, 404);
    QCOMPARE(m_server.admin("GET", "/admin/collections?handle=summer-sale").json().at("count"),
             bj::value(0));
  }

  void collectionErrors() {
    QVERIFY(!createCollection({{"title", "Dupe"}, {"handle", "dupe"}}).empty());
    const auto duplicate =
        m_server.admin("POST", "/admin/collections", bj::object{{"title", "B"}, {"handle", "dupe"}});
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(str(duplicate.json().at("type")), std::string("invalid_data"));
    QCOMPARE(str(duplicate.json().at("message")),
             std::string("Product collection with handle: dupe, already exists."));

    const auto missing = m_server.admin("POST", "/admin/collections", bj::object{});
    QCOMPARE(missing.status, 400);
    QCOMPARE(message(missing), std::string("Invalid request: Field 'title' is required"));
    const auto unknown =
        m_server.admin("POST", "/admin/collections", bj::object{{"title", "x"}, {"bogus", 1}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(message(unknown), std::string("Invalid request: Unrecognized fields: 'bogus'"));
    const auto wrongType = m_server.admin("POST", "/admin/collections", bj::object{{"title", 5}});
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(message(wrongType),
             std::string("Invalid request: Expected type: 'string' for field 'title', got: 'number'"));
    QCOMPARE(m_server.admin("GET", "/admin/collections?bogus=1").status, 400);

    const auto notFound = m_server.admin("GET", "/admin/collections/pcol_nope");
    QCOMPARE(notFound.status, 404);
    QCOMPARE(message(notFound), std::string("Collection with id: pcol_nope was not found"));
    QCOMPARE(m_server.admin("POST", "/admin/collections/pcol_nope", bj::object{{"title", "x"}})
                 .status,
             404);
    QCOMPARE(m_server.admin("POST", "/admin/collections/pcol_nope/products",
                            bj::object{{"add", bj::array{}}})
                 .status,
             404);
    // Nothing was written by the refused requests.
    QCOMPARE(m_server.admin("GET", "/admin/collections?q=dupe").json().at("count"), bj::value(1));
  }

  void collectionProducts() {
    const auto id = str(createCollection({{"title", "Linked"}}).at("id"));
    const auto first = m_server.createProduct("First shirt");
    const auto second = m_server.createProduct("Second shirt");
    const auto path = "/admin/collections/" + id + "/products?fields=id,products.id";
    auto linked = m_server.admin("POST", path, bj::object{{"add", bj::array{first.c_str(), second.c_str()}}});
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.json().at("collection").at("products").as_array().size(), std::size_t(2));

    linked = m_server.admin("POST", path, bj::object{{"remove", bj::array{first.c_str()}}});
    QCOMPARE(linked.status, 200);
    const auto products = linked.json().at("collection").at("products").as_array();
    QCOMPARE(products.size(), std::size_t(1));
    QCOMPARE(str(products.at(0).at("id")), second);

    const auto bad = m_server.admin("POST", path, bj::object{{"add", "not-a-list"}});
    QCOMPARE(bad.status, 400);
  }

  void tagsAndTypes() {
    for (const std::string kind : {"tag", "type"}) {
      const auto path = "/admin/product-" + kind + "s";
      const auto key = "product_" + kind;
      const auto created = m_server.admin("POST", path, bj::object{{"value", "Cotton " + kind}});
      QCOMPARE(created.status, 200);
      const auto id = str(created.json().at(key).at("id"));
      QVERIFY(id.starts_with(kind == "tag" ? "ptag_" : "ptyp_"));

      const auto updated = m_server.admin("POST", path + "/" + id, bj::object{{"value", "Linen"}});
      QCOMPARE(updated.status, 200);
      QCOMPARE(str(updated.json().at(key).at("value")), std::string("Linen"));

      const auto list = m_server.admin("GET", path + "?value=Linen");
      QCOMPARE(list.json().at("count").as_int64(), 1);
      QCOMPARE(list.json().at("limit").as_int64(), kind == "tag" ? 20 : 10);
      QCOMPARE(m_server.store("/store/product-" + kind + "s/" + id).status, 200);

      QCOMPARE(m_server.admin("POST", path, bj::object{}).status, 400);
      QCOMPARE(m_server.admin("POST", path, bj::object{{"value", "x"}, {"extra", 1}}).status, 400);
      QCOMPARE(m_server.admin("POST", path + "/nope", bj::object{{"value", "x"}}).status, 404);

      const auto removed = m_server.admin("DELETE", path + "/" + id);
      QCOMPARE(removed.json().at("object"), bj::value(key));
      QCOMPARE(m_server.admin("GET", path + "/" + id).status, 404);
      QCOMPARE(m_server.store("/store/product-" + kind + "s/" + id).status, 404);
    }
  }

  void storeCollections() {
    const auto id = str(createCollection({{"title", "Store visible"}}).at("id"));
    const auto list = m_server.store("/store/collections");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().at("limit").as_int64(), 10);
    // Newest first by default.
    QCOMPARE(str(list.json().at("collections").at(0).at("id")), id);
    QCOMPARE(list.json().at("collections").at(0).as_object().size(), std::size_t(5));
    QCOMPARE(m_server.store("/store/collections/" + id).status, 200);
    QCOMPARE(m_server.store("/store/collections/pcol_nope").status, 404);
    QCOMPARE(m_server.send("GET", "/store/collections").status, 400);  // no publishable key
  }
};

QTEST_GUILESS_MAIN(CatalogRoutesTest)
#include "catalog_routes_test.moc"
