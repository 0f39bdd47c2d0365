// SPDX-License-Identifier: MIT
// The currency module on a real database: the seeded ISO 4217 list, a sample row, not-found.
#include <QtTest>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "medusa/currency/currency_module.h"
#include "medusa/currency/currency_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using currency::CurrencyModuleService;
namespace bj = boost::json;

class CurrencyModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  CurrencyModuleService& service() { return m_app.services->resolve<CurrencyModuleService>(); }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("currency_module", {currency::moduleDefinition()});
  }

  void seedsTheWholeList() {
    const auto all = service().listAndCountCurrencies();
    QCOMPARE(all.count, std::int64_t(120));
    QCOMPARE(all.rows.size(), std::size_t(120));
    QCOMPARE(all.rows.at(0).at("code").as_string(), "aed");  // ordered by code
  }

  void sampleRowIsMedusas() {
    const auto eur = service().retrieveCurrency("EUR");
    QCOMPARE(eur.at("code").as_string(), "eur");
    QCOMPARE(eur.at("symbol").as_string(), "€");
    QCOMPARE(eur.at("symbol_native").as_string(), "€");
    QCOMPARE(eur.at("name").as_string(), "Euro");
    QCOMPARE(eur.at("decimal_digits").as_int64(), std::int64_t(2));
    QCOMPARE(eur.at("rounding").as_int64(), std::int64_t(0));
    QCOMPARE(json::stringify(eur.at("raw_rounding")), std::string(R"({"value":"0","precision":20})"));
    const auto jpy = service().retrieveCurrency("jpy");
    QCOMPARE(jpy.at("decimal_digits").as_int64(), std::int64_t(0));
  }

  void searchesByName() {
    const auto found = service().listAndCountCurrencies({.filters = {{"q", "krone"}}});
    QVERIFY(found.count >= 2);  // Danish and Norwegian
    for (const auto& row : found.rows) {
      QVERIFY(std::string(row.at("name").as_string()).find("Krone") != std::string::npos);
    }
  }

  void unknownCodeIsNotFound() {
    const auto error = test::errorOf([&] { service().retrieveCurrency("xyz"); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), std::string("Currency with code: xyz was not found"));
  }
};

QTEST_GUILESS_MAIN(CurrencyModuleTest)
#include "currency_module_test.moc"
