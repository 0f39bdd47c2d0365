// SPDX-License-Identifier: MIT
// The store module on a real database: defaults, supported currencies replaced on update, and
// Medusa's default-currency rules with nothing half-written.
#include <QtTest>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/store/store_module.h"
#include "medusa/store/store_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using store::StoreModuleService;
namespace bj = boost::json;

namespace {

// "usd*" marks the default currency, "+" a tax-inclusive one.
QStringList currenciesOf(const bj::value& store) {
  QStringList out;
  for (const auto& currency : store.at("supported_currencies").as_array()) {
    auto text = QString::fromStdString(std::string(currency.at("currency_code").as_string()));
    if (currency.at("is_default").as_bool()) text += "*";
    if (currency.at("is_tax_inclusive").as_bool()) text += "+";
    out << text;
  }
  out.sort();
  return out;
}

}  // namespace

class StoreModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  std::string m_storeId;
  StoreModuleService& service() { return m_app.services->resolve<StoreModuleService>(); }

  void expectInvalid(const bj::array& currencies, const std::string& message) {
    const auto error = test::errorOf([&] {
      service().updateStores(
          bj::array{bj::object{{"id", m_storeId}, {"name", "X"}, {"supported_currencies", currencies}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(), message);
  }

 private slots:
  void initTestCase() { m_app = test::makeModuleApp("store_module", {store::moduleDefinition()}); }

  void createsStoreWithDefaults() {
    const auto stores = service().createStores(bj::array{bj::object{
        {"supported_currencies", bj::array{bj::object{{"currency_code", "USD"}, {"is_default", true}}}}}});
    const auto& row = stores.at(0);
    m_storeId = std::string(row.at("id").as_string());
    QVERIFY(m_storeId.starts_with("store_"));
    QCOMPARE(row.at("name").as_string(), "Medusa Store");
    QVERIFY(row.at("default_region_id").is_null());
    QCOMPARE(currenciesOf(row), QStringList({"usd*"}));
    QVERIFY(row.at("supported_currencies").at(0).at("id").as_string().starts_with("stocur_"));
  }

  void updateReplacesCurrencies() {
    const auto updated = service().updateStores(bj::array{bj::object{
        {"id", m_storeId},
        {"default_region_id", "reg_1"},
        {"supported_currencies",
         bj::array{bj::object{{"currency_code", "eur"}, {"is_default", true}, {"is_tax_inclusive", true}},
                   bj::object{{"currency_code", "dkk"}}}}}});
    QCOMPARE(currenciesOf(updated.at(0)), QStringList({"dkk", "eur*+"}));
    QCOMPARE(updated.at(0).at("default_region_id").as_string(), "reg_1");
    const auto again = service().retrieveStore(m_storeId);
    QCOMPARE(currenciesOf(again), QStringList({"dkk", "eur*+"}));
    // Without supported_currencies the list stays.
    service().updateStores(bj::array{bj::object{{"id", m_storeId}, {"name", "Shop"}}});
    QCOMPARE(currenciesOf(service().retrieveStore(m_storeId)), QStringList({"dkk", "eur*+"}));
  }

  void enforcesExactlyOneDefault() {
    expectInvalid(bj::array{bj::object{{"currency_code", "usd"}}},
                  "There should be a default currency set for the store");
    expectInvalid(bj::array{bj::object{{"currency_code", "usd"}, {"is_default", true}},
                            bj::object{{"currency_code", "eur"}, {"is_default", true}}},
                  "Only one default currency is allowed");
    expectInvalid(bj::array{bj::object{{"currency_code", "usd"}, {"is_default", true}},
                            bj::object{{"currency_code", "USD"}}},
                  "Duplicate currency codes: usd");
    // Nothing half-written: name and currencies unchanged.
    const auto store = service().retrieveStore(m_storeId);
    QCOMPARE(store.at("name").as_string(), "Shop");
    QCOMPARE(currenciesOf(store), QStringList({"dkk", "eur*+"}));
  }

  void emptyListClearsCurrencies() {
    const auto updated = service().updateStores(
        bj::array{bj::object{{"id", m_storeId}, {"supported_currencies", bj::array{}}}});
    QVERIFY(updated.at(0).at("supported_currencies").as_array().empty());
  }

  void unknownStoreIsNotFound() {
    const auto error = test::errorOf([&] {
      service().updateStores(bj::array{bj::object{{"id", "store_nope"}, {"name", "x"}}});
    });
    QVERIFY(error && error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), std::string("Store with id: store_nope was not found"));
  }
};

QTEST_GUILESS_MAIN(StoreModuleTest)
#include "store_module_test.moc"
