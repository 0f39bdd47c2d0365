// SPDX-License-Identifier: MIT
// /admin/stock-locations end to end: create with a nested address, update (address upsert),
// sales channels {add, remove}, list filters, delete, and Medusa's errors.
#include "sales_channel_test_harness.h"

namespace bj = boost::json;
using medusa::test::messageOf;

class StockLocationRoutesTest : public QObject {
  Q_OBJECT

  medusa::test::AdminServer m_server;

  bj::object createLocation(const bj::object& body) {
    const auto response = m_server.post("/admin/stock-locations", body);
    if (response.status != 200) return {};
    return response.json().at("stock_location").as_object();
  }

 private slots:
  void initTestCase() { QVERIFY2(m_server.start("chan_stock_locations"), m_server.error().c_str()); }

  void createWithAddress() {
    const auto location = createLocation(
        {{"name", "  Main warehouse "},
         {"address", bj::object{{"address_1", "1 Dock Road"}, {"country_code", "dk"},
                                {"city", "Aarhus"}}}});
    QVERIFY(!location.empty());
    QVERIFY(location.at("id").as_string().starts_with("sloc_"));
    QCOMPARE(location.at("name").as_string(), "Main warehouse");
    const auto& address = location.at("address").as_object();
    QVERIFY(address.at("id").as_string().starts_with("laddr_"));
    QCOMPARE(address.at("address_1").as_string(), "1 Dock Road");
    QCOMPARE(address.at("city").as_string(), "Aarhus");
    QVERIFY(address.contains("postal_code"));
  }

  void createRefusesBadBodies() {
    const auto missingName = m_server.post("/admin/stock-locations", bj::object{});
    QCOMPARE(missingName.status, 400);
    QVERIFY(messageOf(missingName).find("'name'") != std::string::npos);
    const auto missingAddress = m_server.post(
        "/admin/stock-locations",
        bj::object{{"name", "X"}, {"address", bj::object{{"country_code", "dk"}}}});
    QCOMPARE(missingAddress.status, 400);
    QVERIFY2(messageOf(missingAddress).find("address_1") != std::string::npos,
             missingAddress.body.c_str());
    const auto unknown =
        m_server.post("/admin/stock-locations", bj::object{{"name", "X"}, {"colour", "red"}});
    QCOMPARE(unknown.status, 400);
    QVERIFY(messageOf(unknown).find("Unrecognized fields: 'colour'") != std::string::npos);
  }

  void updateUpsertsTheAddress() {
    const auto bare = createLocation({{"name", "Bare"}});
    const std::string id(bare.at("id").as_string());
    QVERIFY(bare.at("address").is_null());
    const auto created = m_server.post(
        "/admin/stock-locations/" + id,
        bj::object{{"address", bj::object{{"address_1", "2 Quay"}, {"country_code", "se"}}}});
    QCOMPARE(created.status, 200);
    const auto first = created.json().at("stock_location").at("address").as_object();
    QCOMPARE(first.at("address_1").as_string(), "2 Quay");
    const auto changed = m_server.post(
        "/admin/stock-locations/" + id,
        bj::object{{"name", "Renamed"},
                   {"address", bj::object{{"address_1", "3 Quay"}, {"country_code", "se"}}}});
    const auto location = changed.json().at("stock_location").as_object();
    QCOMPARE(location.at("name").as_string(), "Renamed");
    QCOMPARE(location.at("address").at("address_1").as_string(), "3 Quay");
    QCOMPARE(location.at("address").at("id"), first.at("id"));

    const auto missing = m_server.get("/admin/stock-locations/sloc_nope");
    QCOMPARE(missing.status, 404);
    QCOMPARE(messageOf(missing), "Stock location with id: sloc_nope was not found");
    QCOMPARE(m_server.post("/admin/stock-locations/sloc_nope", bj::object{{"name", "x"}}).status,
             404);
  }

  void salesChannelsAndListFilters() {
    const auto location = createLocation({{"name", "Linked"}});
    const std::string id(location.at("id").as_string());
    const auto channel = m_server.post("/admin/sales-channels", bj::object{{"name", "Web"}});
    const std::string channelId(channel.json().at("sales_channel").at("id").as_string());
    const auto added = m_server.post("/admin/stock-locations/" + id + "/sales-channels",
                                     bj::object{{"add", bj::array{bj::value(channelId)}}});
    QCOMPARE(added.status, 200);
    const auto read = m_server.get("/admin/stock-locations/" + id + "?fields=id,sales_channels.id");
    QCOMPARE(read.json().at("stock_location").at("sales_channels").at(0).at("id").as_string(),
             channelId);
    const auto filtered = m_server.get("/admin/stock-locations?sales_channel_id=" + channelId);
    QCOMPARE(filtered.status, 200);
    QCOMPARE(filtered.json().at("count").as_int64(), 1);
    const auto channels = m_server.get("/admin/sales-channels?location_id=" + id);
    QCOMPARE(channels.json().at("count").as_int64(), 1);

    m_server.post("/admin/stock-locations/" + id + "/sales-channels",
                  bj::object{{"remove", bj::array{bj::value(channelId)}}});
    const auto after = m_server.get("/admin/stock-locations?sales_channel_id=" + channelId);
    QCOMPARE(after.json().at("count").as_int64(), 0);

    const auto byName = m_server.get("/admin/stock-locations?q=linked");
    QCOMPARE(byName.json().at("count").as_int64(), 1);
  }

  void deleteRemovesTheLocation() {
    const auto location = createLocation({{"name", "Gone"}});
    const std::string id(location.at("id").as_string());
    const auto deleted = m_server.del("/admin/stock-locations/" + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().at("object").as_string(), "stock_location");
    QCOMPARE(m_server.get("/admin/stock-locations/" + id).status, 404);
  }

  void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(StockLocationRoutesTest)
#include "stock_location_routes_test.moc"
