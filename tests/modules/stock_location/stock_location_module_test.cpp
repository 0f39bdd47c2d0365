// SPDX-License-Identifier: MIT
// The stock location module on a real database: locations with nested addresses, address
// upsert on update, Query through `address`, soft and hard delete.
#include "medusa/stock_location/stock_location_module.h"

#include <QtTest>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/stock_location/stock_location_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using stock_location::StockLocationModuleService;
namespace bj = boost::json;

using test::errorOf;

namespace {

std::string str(const bj::value& v) {
  return std::string(v.as_string());
}

}  // namespace

class StockLocationModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  StockLocationModuleService& service() {
    return m_app.services->resolve<StockLocationModuleService>();
  }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("stock_location_module", {stock_location::moduleDefinition()});
  }

  void createsWithNestedAddress() {
    const auto rows = service().createStockLocations(bj::array{
        bj::object{
            {"name", "Main warehouse"},
            {"address",
             bj::object{{"address_1", "1 Dock St"}, {"country_code", "dk"}, {"city", "Aarhus"}}}},
        bj::object{{"name", "No address"}}});
    const auto& withAddress = rows.at(0).as_object();
    QVERIFY(str(withAddress.at("id")).starts_with("sloc_"));
    const auto addressId = str(withAddress.at("address_id"));
    QVERIFY(addressId.starts_with("laddr_"));
    QCOMPARE(str(withAddress.at("address").at("id")), addressId);
    QCOMPARE(str(withAddress.at("address").at("city")), "Aarhus");
    QVERIFY(rows.at(1).at("address_id").is_null());
    QVERIFY(!rows.at(1).as_object().contains("address"));

    const auto read =
        service().retrieveStockLocation(str(withAddress.at("id")), {"*", "address.*"});
    QCOMPARE(str(read.at("name")), "Main warehouse");
    QCOMPARE(str(read.at("address").at("address_1")), "1 Dock St");
    QCOMPARE(str(read.at("address").at("country_code")), "dk");
    QVERIFY(read.at("address").at("phone").is_null());
  }

  void addressNeedsItsRequiredFields() {
    const auto error = errorOf([&] {
      service().createStockLocations(
          bj::array{bj::object{{"name", "Bad"}, {"address", bj::object{{"city", "Nowhere"}}}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
    QVERIFY(service().listStockLocations({{"name", "Bad"}}).empty());  // nothing half-written
  }

  void updateUpsertsTheAddress() {
    const auto created = service().createStockLocations(bj::array{bj::object{{"name", "Shop"}}});
    const auto id = str(created.at(0).at("id"));
    // No address yet: one is created and linked.
    auto updated = service().updateStockLocations(bj::array{bj::object{
        {"id", id}, {"address", bj::object{{"address_1", "2 High St"}, {"country_code", "gb"}}}}});
    const auto addressId = str(updated.at(0).at("address_id"));
    QVERIFY(addressId.starts_with("laddr_"));
    // Has one: it is updated in place.
    updated = service().updateStockLocations(bj::array{bj::object{
        {"id", id}, {"name", "Shop 2"}, {"address", bj::object{{"postal_code", "AB1"}}}}});
    QCOMPARE(str(updated.at(0).at("address_id")), addressId);
    QCOMPARE(str(updated.at(0).at("address").at("postal_code")), "AB1");
    const auto read = service().retrieveStockLocation(id, {"name", "address.*"});
    QCOMPARE(str(read.at("name")), "Shop 2");
    QCOMPARE(str(read.at("address").at("address_1")), "2 High St");
    QCOMPARE(str(read.at("address").at("postal_code")), "AB1");
  }

  void softDeleteAndDelete() {
    const auto created = service().createStockLocations(bj::array{bj::object{
        {"name", "Old"}, {"address", bj::object{{"address_1", "x"}, {"country_code", "us"}}}}});
    const auto id = str(created.at(0).at("id"));
    service().softDeleteStockLocations({id});
    const auto error = errorOf([&] { service().retrieveStockLocation(id); });
    QVERIFY(error);
    QCOMPARE(error->message(), "Stock location with id: " + id + " was not found");
    service().restoreStockLocations({id});
    QCOMPARE(str(service().retrieveStockLocation(id).at("name")), "Old");
    service().deleteStockLocations({id});
    QVERIFY(service().listStockLocations({{"id", id}}).empty());
  }
};

QTEST_GUILESS_MAIN(StockLocationModuleTest)
#include "stock_location_module_test.moc"
