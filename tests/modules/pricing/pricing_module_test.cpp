// SPDX-License-Identifier: MIT
// The pricing module on a real database: price sets with rule prices, calculatePrices (rules,
// currency, quantity, tax inclusivity, no price, one statement for many sets), replace
// semantics on update, and the Query computed fields.
#include <QtTest>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "medusa/db/pool.h"
#include "medusa/framework/repository.h"
#include "medusa/pricing/pricing_module.h"
#include "medusa/pricing/pricing_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using pricing::PricingModuleService;
namespace bj = boost::json;

namespace {

bj::object price(std::string_view currency, double amount, bj::object extra = {}) {
  extra["currency_code"] = currency;
  extra["amount"] = amount;
  return extra;
}

std::string idOf(const bj::value& row) { return std::string(row.at("id").as_string()); }

std::string text(const bj::value& value) { return json::stringify(value); }

}  // namespace

class PricingModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  std::string m_set;    // eur 10, usd 12, eur 8 in reg_eu, eur 7 for 10..20 items
  std::string m_empty;  // no prices at all
  PricingModuleService& service() { return m_app.services->resolve<PricingModuleService>(); }

  bj::value calculated(const std::string& set, bj::object context) {
    const auto prices = service().calculatePrices({set}, context);
    const auto* found = prices.if_contains(set);
    return found ? *found : bj::value(nullptr);
  }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("pricing_module", {pricing::moduleDefinition()});
  }

  void createsPriceSetsWithRules() {
    const auto sets = service().createPriceSets(bj::array{
        bj::object{{"prices",
                    bj::array{price("eur", 10), price("usd", 12),
                              price("eur", 8, {{"rules", {{"region_id", "reg_eu"}}}}),
                              price("eur", 7, {{"min_quantity", 10}, {"max_quantity", 20}})}}},
        bj::object{{"prices", bj::array{}}}});
    QCOMPARE(sets.size(), std::size_t(2));
    m_set = idOf(sets.at(0));
    m_empty = idOf(sets.at(1));
    QVERIFY(m_set.starts_with("pset_"));
    const auto& prices = sets.at(0).at("prices").as_array();
    QCOMPARE(prices.size(), std::size_t(4));
    QVERIFY(prices.at(0).at("id").as_string().starts_with("price_"));
    QCOMPARE(text(prices.at(0).at("raw_amount")), std::string(R"({"value":"10","precision":20})"));
    const auto& ruled = prices.at(2).as_object();
    QCOMPARE(ruled.at("rules_count").as_int64(), std::int64_t(1));
    const auto& rule = ruled.at("price_rules").at(0);
    QVERIFY(rule.at("id").as_string().starts_with("prule_"));
    QCOMPARE(rule.at("attribute").as_string(), "region_id");
    QCOMPARE(rule.at("value").as_string(), "reg_eu");
    QCOMPARE(rule.at("operator").as_string(), "eq");
    // The admin view: rules as an object.
    const auto read = service().retrievePriceSet(m_set);
    QCOMPARE(text(read.at("prices").at(2).at("rules")), std::string(R"({"region_id":"reg_eu"})"));
    QCOMPARE(text(read.at("prices").at(0).at("rules")), std::string("{}"));
  }

  void regionRulePriceWinsInItsRegion() {
    const auto inRegion = calculated(m_set, {{"currency_code", "eur"}, {"region_id", "reg_eu"}});
    QCOMPARE(inRegion.at("id").as_string(), m_set);
    QCOMPARE(inRegion.at("calculated_amount").as_int64(), std::int64_t(8));
    QCOMPARE(inRegion.at("original_amount").as_int64(), std::int64_t(8));
    QCOMPARE(text(inRegion.at("raw_calculated_amount")),
             std::string(R"({"value":"8","precision":20})"));
    QCOMPARE(inRegion.at("currency_code").as_string(), "eur");
    QCOMPARE(inRegion.at("is_calculated_price_price_list").as_bool(), false);
    QCOMPARE(inRegion.at("is_calculated_price_tax_inclusive").as_bool(), false);
    const auto& details = inRegion.at("calculated_price").as_object();
    QVERIFY(details.at("id").as_string().starts_with("price_"));
    QVERIFY(details.at("price_list_id").is_null());
    QVERIFY(details.at("price_list_type").is_null());
    QVERIFY(details.at("min_quantity").is_null());
    QCOMPARE(inRegion.at("original_price").at("id"), details.at("id"));
    const auto elsewhere = calculated(m_set, {{"currency_code", "eur"}, {"region_id", "reg_us"}});
    QCOMPARE(elsewhere.at("calculated_amount").as_int64(), std::int64_t(10));
  }

  void currencyFiltersPrices() {
    const auto usd = calculated(m_set, {{"currency_code", "usd"}, {"region_id", "reg_eu"}});
    QCOMPARE(usd.at("calculated_amount").as_int64(), std::int64_t(12));
    QCOMPARE(usd.at("currency_code").as_string(), "usd");
    QVERIFY(calculated(m_set, {{"currency_code", "dkk"}}).is_null());
    const auto error = test::errorOf([&] { service().calculatePrices({m_set}, {{"region_id", "x"}}); });
    QVERIFY(error && error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(),
             std::string("Method calculatePrices requires currency_code in the pricing context"));
  }

  void quantityBoundsApply() {
    const auto bulk = calculated(m_set, {{"currency_code", "eur"}, {"quantity", 15}});
    QCOMPARE(bulk.at("calculated_amount").as_int64(), std::int64_t(7));
    QCOMPARE(bulk.at("calculated_price").at("min_quantity").as_int64(), std::int64_t(10));
    QCOMPARE(bulk.at("calculated_price").at("max_quantity").as_int64(), std::int64_t(20));
    const auto beyond = calculated(m_set, {{"currency_code", "eur"}, {"quantity", 21}});
    QCOMPARE(beyond.at("calculated_amount").as_int64(), std::int64_t(10));
    const auto single = calculated(m_set, {{"currency_code", "eur"}});
    QCOMPARE(single.at("calculated_amount").as_int64(), std::int64_t(10));
  }

  void taxInclusivityComesFromPreferences() {
    const auto prefs = service().createPricePreferences(bj::array{
        bj::object{{"attribute", "currency_code"}, {"value", "eur"}, {"is_tax_inclusive", true}},
        bj::object{{"attribute", "region_id"}, {"value", "reg_eu"}, {"is_tax_inclusive", false}}});
    QVERIFY(prefs.at(0).at("id").as_string().starts_with("prpref_"));
    // The region price follows the region's preference, the rule-less one the currency's.
    const auto inRegion = calculated(m_set, {{"currency_code", "eur"}, {"region_id", "reg_eu"}});
    QCOMPARE(inRegion.at("is_calculated_price_tax_inclusive").as_bool(), false);
    const auto elsewhere = calculated(m_set, {{"currency_code", "eur"}, {"region_id", "reg_x"}});
    QCOMPARE(elsewhere.at("is_calculated_price_tax_inclusive").as_bool(), true);
    QCOMPARE(elsewhere.at("is_original_price_tax_inclusive").as_bool(), true);
    const auto usd = calculated(m_set, {{"currency_code", "usd"}});
    QCOMPARE(usd.at("is_calculated_price_tax_inclusive").as_bool(), false);
    // Unique per attribute+value; upsert updates the existing one instead.
    const auto duplicate = test::errorOf([&] {
      service().createPricePreferences(
          bj::array{bj::object{{"attribute", "currency_code"}, {"value", "eur"}}});
    });
    QVERIFY(duplicate && duplicate->type() == ErrorType::InvalidData);
    const auto upserted = service().upsertPricePreferences(bj::array{bj::object{
        {"attribute", "region_id"}, {"value", "reg_eu"}, {"is_tax_inclusive", true}}});
    QCOMPARE(upserted.at(0).at("id"), prefs.at(1).at("id"));
    QCOMPARE(calculated(m_set, {{"currency_code", "eur"}, {"region_id", "reg_eu"}})
                 .at("is_calculated_price_tax_inclusive")
                 .as_bool(),
             true);
    service().deletePricePreferences({idOf(prefs.at(0)), idOf(prefs.at(1))});
  }

  void noPriceIsAbsentOrNull() {
    QVERIFY(service().calculatePrices({m_empty}, {{"currency_code", "eur"}}).empty());
    const auto rows = m_app.registry->query()
                          .graph({.entity = "price_set",
                                  .fields = {"id", "calculated_price"},
                                  .filters = {{"id", bj::array{m_set, m_empty}}},
                                  .context = {{"calculated_price",
                                               {{"context", {{"currency_code", "eur"}}}}}}})
                          .rows;
    QCOMPARE(rows.size(), std::size_t(2));
    for (const auto& row : rows) {
      const auto& value = row.at("calculated_price");
      if (row.at("id").as_string() == m_empty) {
        QVERIFY(value.is_null());
      } else {
        QCOMPARE(value.at("calculated_amount").as_int64(), std::int64_t(10));
      }
    }
  }

  void manyPriceSetsInOneStatement() {
    bj::array input;
    for (int i = 0; i < 60; ++i) {
      input.push_back(bj::object{
          {"prices", bj::array{price("eur", 100 + i),
                               price("eur", 50 + i, {{"rules", {{"region_id", "reg_eu"}}}})}}});
    }
    const auto sets = service().createPriceSets(input);
    std::vector<std::string> ids;
    bj::array idArray;
    for (const auto& set : sets) {
      ids.push_back(idOf(set));
      idArray.push_back(set.at("id"));
    }
    auto& sql = m_app.registry->sql();
    const bj::object context{{"currency_code", "eur"}, {"region_id", "reg_eu"}};
    auto before = sql.count();
    const auto prices = service().calculatePrices(ids, context);
    QCOMPARE(sql.count() - before, std::uint64_t(1));
    QCOMPARE(prices.size(), std::size_t(60));
    QCOMPARE(prices.at(ids[59]).at("calculated_amount").as_int64(), std::int64_t(109));
    // Through Query: the price sets, then one statement for all their calculated prices.
    before = sql.count();
    const auto result = m_app.registry->query().graph(
        {.entity = "price_set",
         .fields = {"id", "calculated_price"},
         .filters = {{"id", idArray}},
         .context = {{"calculated_price", context}}});
    QCOMPARE(result.rows.size(), std::size_t(60));
    QCOMPARE(sql.count() - before, std::uint64_t(2));
    for (const auto& row : result.rows) {
      QCOMPARE(row.at("calculated_price").at("calculated_amount"),
               prices.at(row.at("id").as_string()).at("calculated_amount"));
    }
  }

  void salePriceListBeatsTheBasePriceWhenLower() {
    const auto set = idOf(service().createPriceSets(bj::array{bj::object{
        {"prices", bj::array{price("eur", 20), price("eur", 15, {{"rules", {{"region_id", "reg_eu"}}}})}}}}).at(0));
    // Price lists have no service methods yet: written through the generic repositories.
    const auto& query = m_app.registry->query();
    const auto list = m_app.pool->transact([&](db::TxContext& tx) {
      const auto created = framework::Repository(query, "price_list")
                               .create(tx, bj::object{{"title", "Sale"},
                                                      {"description", "d"},
                                                      {"status", "active"},
                                                      {"type", "sale"},
                                                      {"rules_count", 1},
                                                      {"price_list_rules",
                                                       bj::array{bj::object{
                                                           {"attribute", "customer.groups.id"},
                                                           {"value", bj::array{"cg_vip"}}}}}});
      framework::Repository(query, "price").create(
          tx, bj::object{{"currency_code", "eur"}, {"amount", 12}, {"price_set_id", set},
                         {"price_list_id", created.at("id")}});
      return idOf(created);
    });
    const bj::object vip{{"currency_code", "eur"},
                         {"region_id", "reg_eu"},
                         {"customer", {{"groups", bj::array{bj::object{{"id", "cg_vip"}}}}}}};
    const auto sale = calculated(set, vip);
    QCOMPARE(sale.at("calculated_amount").as_int64(), std::int64_t(12));
    QCOMPARE(sale.at("original_amount").as_int64(), std::int64_t(15));
    QCOMPARE(sale.at("is_calculated_price_price_list").as_bool(), true);
    QCOMPARE(sale.at("is_original_price_price_list").as_bool(), false);
    QCOMPARE(sale.at("calculated_price").at("price_list_id").as_string(), list);
    QCOMPARE(sale.at("calculated_price").at("price_list_type").as_string(), "sale");
    // Not in the group: the list does not apply.
    QCOMPARE(calculated(set, {{"currency_code", "eur"}, {"region_id", "reg_eu"}})
                 .at("calculated_amount")
                 .as_int64(),
             std::int64_t(15));
    // An override list price replaces both, even when dearer.
    m_app.pool->transact([&](db::TxContext& tx) {
      framework::Repository(query, "price_list")
          .update(tx, bj::array{bj::object{{"id", list}, {"type", "override"}}});
      framework::Repository(query, "price").update(
          tx, {{"price_list_id", list}}, {{"amount", 30}});
    });
    const auto override = calculated(set, vip);
    QCOMPARE(override.at("calculated_amount").as_int64(), std::int64_t(30));
    QCOMPARE(override.at("original_amount").as_int64(), std::int64_t(30));
    QCOMPARE(override.at("is_original_price_price_list").as_bool(), true);
    // Price list prices stay out of the price set's own prices.
    QCOMPARE(service().retrievePriceSet(set).at("prices").as_array().size(), std::size_t(2));
  }

  void updateReplacesPrices() {
    const auto before = service().retrievePriceSet(m_set).at("prices").as_array();
    const auto& eur = before.at(0).as_object();   // eur 10: kept, amount changed
    const auto& ruled = before.at(2).as_object();  // eur 8 in reg_eu: kept, rule changed
    const auto updated = service().updatePriceSets(bj::array{bj::object{
        {"id", m_set},
        {"prices", bj::array{bj::object{{"id", eur.at("id")}, {"amount", 11}},
                             bj::object{{"id", ruled.at("id")},
                                        {"amount", 9},
                                        {"rules", {{"region_id", "reg_nordic"}}}},
                             price("dkk", 75)}}}});
    const auto& prices = updated.at(0).at("prices").as_array();
    QCOMPARE(prices.size(), std::size_t(3));  // usd 12 and the bulk price are gone
    std::map<std::string, std::string> byCurrencyAndRule;
    for (const auto& p : prices) {
      byCurrencyAndRule[std::string(p.at("currency_code").as_string()) + text(p.at("rules"))] =
          text(p.at("amount"));
    }
    QCOMPARE(byCurrencyAndRule.at("eur{}"), std::string("11"));
    QCOMPARE(byCurrencyAndRule.at(R"(eur{"region_id":"reg_nordic"})"), std::string("9"));
    QCOMPARE(byCurrencyAndRule.at("dkk{}"), std::string("75"));
    QVERIFY(calculated(m_set, {{"currency_code", "usd"}}).is_null());
    QCOMPARE(calculated(m_set, {{"currency_code", "eur"}, {"region_id", "reg_nordic"}})
                 .at("calculated_amount")
                 .as_int64(),
             std::int64_t(9));
    const auto error = test::errorOf([&] {
      service().updatePriceSets(bj::array{bj::object{{"id", "pset_nope"}, {"prices", bj::array{}}}});
    });
    QVERIFY(error && error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), std::string("Price set with id: pset_nope was not found"));
  }

  void addPricesUpdatesTheSamePrice() {
    const auto sets = service().addPrices(bj::array{bj::object{
        {"price_set_id", m_set}, {"prices", bj::array{price("dkk", 80), price("sek", 100)}}}});
    const auto& prices = sets.at(0).at("prices").as_array();
    QCOMPARE(prices.size(), std::size_t(4));  // dkk updated, sek added
    QCOMPARE(calculated(m_set, {{"currency_code", "dkk"}}).at("calculated_amount").as_int64(),
             std::int64_t(80));
  }

  void deletesPriceSets() {
    service().softDeletePriceSets({m_set});
    QVERIFY(test::errorOf([&] { service().retrievePriceSet(m_set); }));
    QVERIFY(calculated(m_set, {{"currency_code", "dkk"}}).is_null());
    service().restorePriceSets({m_set});
    QCOMPARE(service().retrievePriceSet(m_set).at("prices").as_array().size(), std::size_t(4));
    service().deletePriceSets({m_set});
    QVERIFY(test::errorOf([&] { service().retrievePriceSet(m_set); }));
  }
};

QTEST_GUILESS_MAIN(PricingModuleTest)
#include "pricing_module_test.moc"
