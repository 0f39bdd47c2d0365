// SPDX-License-Identifier: MIT
// The sales channel module on a real database: create, update, list, soft delete and restore.
#include "medusa/sales_channel/sales_channel_module.h"

#include <QtTest>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/sales_channel/sales_channel_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using sales_channel::SalesChannelModuleService;
namespace bj = boost::json;

using test::errorOf;

class SalesChannelModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  SalesChannelModuleService& service() {
    return m_app.services->resolve<SalesChannelModuleService>();
  }
  std::string createOne(const char* name) {
    const auto rows = service().createSalesChannels(bj::array{bj::object{{"name", name}}});
    return std::string(rows.at(0).at("id").as_string());
  }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("sales_channel_module", {sales_channel::moduleDefinition()});
  }

  void createsWithDefaults() {
    const auto rows = service().createSalesChannels(
        bj::array{bj::object{{"name", "Web"}, {"metadata", bj::object{{"k", 1}}}}});
    const auto& row = rows.at(0).as_object();
    QVERIFY(row.at("id").as_string().starts_with("sc_"));
    QCOMPARE(row.at("name").as_string(), "Web");
    QVERIFY(row.at("description").is_null());
    QCOMPARE(row.at("is_disabled").as_bool(), false);
    QCOMPARE(row.at("metadata").at("k").as_int64(), 1);
    QVERIFY(row.at("deleted_at").is_null());
  }

  void nameIsRequired() {
    const auto error = errorOf([&] {
      service().createSalesChannels(bj::array{bj::object{{"description", "x"}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
  }

  void updatesPartially() {
    const auto id = createOne("POS");
    const auto updated = service().updateSalesChannels(
        bj::array{bj::object{{"id", id}, {"is_disabled", true}, {"description", "Shop"}}});
    QCOMPARE(updated.at(0).at("is_disabled").as_bool(), true);
    const auto again = service().retrieveSalesChannel(id);
    QCOMPARE(again.at("name").as_string(), "POS");
    QCOMPARE(again.at("description").as_string(), "Shop");
  }

  void softDeleteHidesAndRestoreBringsBack() {
    const auto id = createOne("Gone");
    service().softDeleteSalesChannels({id});
    const auto error = errorOf([&] { service().retrieveSalesChannel(id); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), "Sales channel with id: " + id + " was not found");
    QVERIFY(service().listSalesChannels({{"id", id}}).empty());
    service().restoreSalesChannels({id});
    QCOMPARE(service().listSalesChannels({{"id", id}}).size(), std::size_t(1));
  }

  void listsByFilter() {
    const auto id = createOne("Filtered channel");
    const auto rows = service().listSalesChannels({{"q", "Filtered"}});
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows.at(0).at("id").as_string(), id);
  }

  void deletesForGood() {
    const auto id = createOne("Temp");
    service().deleteSalesChannels({id});
    QVERIFY(service().listSalesChannels({{"id", id}}).empty());
    service().restoreSalesChannels({id});  // nothing left to restore
    QVERIFY(service().listSalesChannels({{"id", id}}).empty());
  }
};

QTEST_GUILESS_MAIN(SalesChannelModuleTest)
#include "sales_channel_module_test.moc"
