// SPDX-License-Identifier: MIT
// /admin/sales-channels end to end: create, list with filters, retrieve, update, products
// {add, remove}, delete, and Medusa's errors (validation, 404s, 401).
#include "sales_channel_test_harness.h"

namespace bj = boost::json;
using medusa::test::messageOf;

class SalesChannelRoutesTest : public QObject {
  Q_OBJECT

  medusa::test::AdminServer m_server;

  std::string createChannel(const bj::object& body) {
    const auto response = m_server.post("/admin/sales-channels", body);
    if (response.status != 200) return {};
    return std::string(response.json().at("sales_channel").at("id").as_string());
  }

 private slots:
  void initTestCase() { QVERIFY2(m_server.start("chan_sales_channels"), m_server.error().c_str()); }

  void createAnswersDefaultFields() {
    const auto response = m_server.post(
        "/admin/sales-channels",
        bj::object{{"name", "Web"}, {"description", "Online"}, {"metadata", bj::object{{"a", 1}}}});
    QCOMPARE(response.status, 200);
    const auto channel = response.json().at("sales_channel").as_object();
    QCOMPARE(channel.size(), std::size_t(8));
    QVERIFY(channel.at("id").as_string().starts_with("sc_"));
    QCOMPARE(channel.at("name").as_string(), "Web");
    QCOMPARE(channel.at("is_disabled").as_bool(), false);
    QCOMPARE(channel.at("metadata").at("a").as_int64(), 1);
    QVERIFY(channel.at("deleted_at").is_null());
  }

  void createRefusesBadBodies() {
    const auto missing = m_server.post("/admin/sales-channels", bj::object{{"description", "x"}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().at("type").as_string(), "invalid_data");
    QVERIFY2(messageOf(missing).find("Field 'name' is required") != std::string::npos,
             missing.body.c_str());
    const auto unknown = m_server.post("/admin/sales-channels", bj::object{{"name", "A"}, {"foo", 1}});
    QCOMPARE(unknown.status, 400);
    QVERIFY(messageOf(unknown).find("Unrecognized fields: 'foo'") != std::string::npos);
    const auto wrong =
        m_server.post("/admin/sales-channels", bj::object{{"name", "A"}, {"is_disabled", "yes"}});
    QCOMPARE(wrong.status, 400);
    QVERIFY2(messageOf(wrong).find("'is_disabled'") != std::string::npos, wrong.body.c_str());
  }

  void listFiltersAndPaginates() {
    QVERIFY(!createChannel({{"name", "Retail shop"}, {"is_disabled", true}}).empty());
    const auto disabled = m_server.get("/admin/sales-channels?is_disabled=true");
    QCOMPARE(disabled.status, 200);
    QCOMPARE(disabled.json().at("count").as_int64(), 1);
    QCOMPARE(disabled.json().at("sales_channels").at(0).at("name").as_string(), "Retail shop");
    const auto searched = m_server.get("/admin/sales-channels?q=retail&fields=id,name");
    QCOMPARE(searched.json().at("count").as_int64(), 1);
    QCOMPARE(searched.json().at("sales_channels").at(0).as_object().size(), std::size_t(2));
    const auto page = m_server.get("/admin/sales-channels?limit=1&offset=1");
    QCOMPARE(page.json().at("limit").as_int64(), 1);
    QCOMPARE(page.json().at("offset").as_int64(), 1);
    QCOMPARE(page.json().at("sales_channels").as_array().size(), std::size_t(1));
    const auto unknown = m_server.get("/admin/sales-channels?colour=red");
    QCOMPARE(unknown.status, 400);
  }

  void retrieveAndUpdate() {
    const auto id = createChannel({{"name", "Before"}});
    QVERIFY(!id.empty());
    const auto updated = m_server.post("/admin/sales-channels/" + id,
                                       bj::object{{"name", "After"}, {"description", nullptr}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().at("sales_channel").at("name").as_string(), "After");
    const auto read = m_server.get("/admin/sales-channels/" + id + "?fields=name");
    QCOMPARE(read.json().at("sales_channel").at("name").as_string(), "After");

    const auto missing = m_server.get("/admin/sales-channels/sc_nope");
    QCOMPARE(missing.status, 404);
    QCOMPARE(messageOf(missing), "Sales channel with id: sc_nope not found");
    const auto updateMissing =
        m_server.post("/admin/sales-channels/sc_nope", bj::object{{"name", "x"}});
    QCOMPARE(updateMissing.status, 404);
    QCOMPARE(messageOf(updateMissing), "Sales channel with id \"sc_nope\" not found");
  }

  void manageProducts() {
    const auto id = createChannel({{"name", "Products"}});
    const auto product = m_server.post("/admin/products", bj::object{{"title", "Shirt"}});
    if (product.status != 200) QSKIP("POST /admin/products is not available in this tree");
    const std::string productId(product.json().at("product").at("id").as_string());
    const auto path = "/admin/sales-channels/" + id + "/products";
    const auto added = m_server.post(path, bj::object{{"add", bj::array{bj::value(productId)}}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json().at("sales_channel").at("id").as_string(), id);
    auto linked = m_server.get("/admin/sales-channels/" + id + "?fields=id,products.id");
    QCOMPARE(linked.json().at("sales_channel").at("products").as_array().size(), std::size_t(1));
    m_server.post(path, bj::object{{"remove", bj::array{bj::value(productId)}}});
    linked = m_server.get("/admin/sales-channels/" + id + "?fields=id,products.id");
    QCOMPARE(linked.json().at("sales_channel").at("products").as_array().size(), std::size_t(0));
    const auto wrong = m_server.post(path, bj::object{{"add", "prod_1"}});
    QCOMPARE(wrong.status, 400);
  }

  void deleteSoftDeletes() {
    const auto id = createChannel({{"name", "Gone"}});
    const auto deleted = m_server.del("/admin/sales-channels/" + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().at("object").as_string(), "sales-channel");
    QCOMPARE(deleted.json().at("deleted").as_bool(), true);
    QCOMPARE(m_server.get("/admin/sales-channels/" + id).status, 404);
  }

  void defaultChannelOfTheStoreStays() {
    const auto stores = m_server.get("/admin/stores");
    if (stores.status != 200 || stores.json().at("stores").as_array().empty()) {
      QSKIP("no store in this database (created by the start-up defaults)");
    }
    const std::string storeId(stores.json().at("stores").at(0).at("id").as_string());
    const auto id = createChannel({{"name", "Default"}});
    const auto set = m_server.post("/admin/stores/" + storeId,
                                   bj::object{{"default_sales_channel_id", id}});
    QCOMPARE(set.status, 200);
    const auto refused = m_server.del("/admin/sales-channels/" + id);
    QCOMPARE(refused.status, 400);
    QCOMPARE(messageOf(refused), "Cannot delete default sales channels: " + id);
    QCOMPARE(m_server.get("/admin/sales-channels/" + id).status, 200);
  }

  void adminOnly() {
    const auto response = m_server.send("GET", "/admin/sales-channels");
    QCOMPARE(response.status, 401);
    QCOMPARE(response.body, "{\"message\":\"Unauthorized\"}");
  }

  void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(SalesChannelRoutesTest)
#include "sales_channel_routes_test.moc"
