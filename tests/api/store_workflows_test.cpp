// SPDX-License-Identifier: MIT
// The store workflows on the whole application over real PostgreSQL: create-defaults (the
// start-up defaults, created once), update-stores with its `currency_code` price preferences,
// and that a failure after them (a failing last step) leaves the database exactly as before.
#include <QtTest>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <memory>
#include <string>

#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "modules/application.h"
#include "workflow_test_app.h"
#include "workflows/store/workflows/create_defaults_workflow.h"
#include "workflows/store/workflows/update_stores_workflow.h"

using namespace medusa;
namespace bj = boost::json;
namespace wf = medusa::workflow;
namespace flows = medusa::server::workflows;

namespace {

using test::failingAfter;

const auto failingDefaults = failingAfter(flows::createDefaultsWorkflow, "test-defaults-fails");
const auto failingUpdate = failingAfter(flows::updateStoresWorkflow, "test-update-stores-fails");

bj::object currency(const char* code, bool isDefault, std::optional<bool> taxInclusive = {}) {
  bj::object out{{"currency_code", code}, {"is_default", isDefault}};
  if (taxInclusive) out["is_tax_inclusive"] = *taxInclusive;
  return out;
}

}  // namespace

class StoreWorkflowsTest : public QObject {
  Q_OBJECT

  std::unique_ptr<test::WorkflowTestApp> m_app;

  const framework::QueryEngine& query() { return m_app->query(); }
  wf::WorkflowEngine& engine() { return m_app->workflows(); }

  // Stores with their currencies, sales channels and price preferences, as one string.
  std::string snapshot() {
    const auto stores = query().graph(
        {.entity = "store",
         .fields = {"id", "name", "default_sales_channel_id", "default_region_id", "metadata",
                    "supported_currencies.currency_code", "supported_currencies.is_default"}});
    const auto channels = query().graph({.entity = "sales_channel", .fields = {"id", "name"}});
    const auto preferences =
        query().graph({.entity = "price_preference",
                       .fields = {"attribute", "value", "is_tax_inclusive", "deleted_at"},
                       .withDeleted = true});
    return json::stringify(bj::object{{"stores", stores.rows},
                                      {"channels", channels.rows},
                                      {"preferences", preferences.rows}});
  }

  bj::array preferences() {
    return query()
        .graph({.entity = "price_preference",
                .fields = {"value", "is_tax_inclusive"},
                .filters = {{"attribute", "currency_code"}},
                .pagination = {.order = {{.field = "value"}}}})
        .rows;
  }

 private slots:
  void initTestCase() { m_app = std::make_unique<test::WorkflowTestApp>("wf_store"); }

  void cleanupTestCase() { m_app.reset(); }

  void defaultsAreUndoneWhenALaterStepFails() {
    const auto before = snapshot();
    QVERIFY_THROWS_EXCEPTION(Error, engine().run(failingDefaults, bj::object{}));
    QCOMPARE(snapshot(), before);
  }

  void defaultsCreateStoreAndChannelOnce() {
    const auto store = engine().run(flows::createDefaultsWorkflow, bj::object{}).value();
    QVERIFY(std::string(store.at("id").as_string()).starts_with("store_"));
    QCOMPARE(store.at("name").as_string(), "Medusa Store");
    const auto channels =
        query().graph({.entity = "sales_channel", .fields = {"id", "name", "description"}}).rows;
    QCOMPARE(channels.size(), 1u);
    QCOMPARE(channels.at(0).at("name").as_string(), "Default Sales Channel");
    QCOMPARE(store.at("default_sales_channel_id"), channels.at(0).at("id"));
    const auto& currencies = store.at("supported_currencies").as_array();
    QCOMPARE(currencies.size(), 1u);
    QCOMPARE(currencies.at(0).at("currency_code").as_string(), "eur");
    QCOMPARE(currencies.at(0).at("is_default").as_bool(), true);
    QCOMPARE(preferences().size(), 1u);

    // A second start changes nothing and answers the same store.
    const auto before = snapshot();
    const auto again = engine().run(flows::createDefaultsWorkflow, bj::object{}).value();
    QCOMPARE(again.at("id"), store.at("id"));
    QCOMPARE(snapshot(), before);
  }

  void updateReplacesCurrenciesAndUpsertsPreferences() {
    const auto storeId = query().graph({.entity = "store", .fields = {"id"}}).rows.at(0).at("id");
    engine().run(flows::updateStoresWorkflow,
                 bj::object{{"selector", {{"id", storeId}}},
                            {"update", {{"name", "Shop"},
                                        {"supported_currencies",
                                         bj::array{currency("USD", true, true),
                                                   currency("eur", false)}}}}});
    const auto store = query()
                           .graph({.entity = "store",
                                   .fields = {"name", "supported_currencies.currency_code",
                                              "supported_currencies.is_default"},
                                   .filters = {{"id", storeId}}})
                           .rows.at(0);
    QCOMPARE(store.at("name").as_string(), "Shop");
    QCOMPARE(store.at("supported_currencies").as_array().size(), 2u);
    const auto prefs = preferences();
    QCOMPARE(prefs.size(), 2u);
    QCOMPARE(prefs.at(0).at("value").as_string(), "eur");
    QCOMPARE(prefs.at(0).at("is_tax_inclusive").as_bool(), false);
    QCOMPARE(prefs.at(1).at("value").as_string(), "usd");
    QCOMPARE(prefs.at(1).at("is_tax_inclusive").as_bool(), true);

    // Leaving is_tax_inclusive out keeps what the preference says.
    engine().run(flows::updateStoresWorkflow,
                 bj::object{{"selector", {{"id", storeId}}},
                            {"update", {{"supported_currencies",
                                         bj::array{currency("usd", true)}}}}});
    QCOMPARE(preferences().at(1).at("is_tax_inclusive").as_bool(), true);
  }

  void updateIsUndoneWhenALaterStepFails() {
    const auto storeId = query().graph({.entity = "store", .fields = {"id"}}).rows.at(0).at("id");
    const auto before = snapshot();
    QVERIFY_THROWS_EXCEPTION(
        Error, engine().run(failingUpdate,
                            bj::object{{"selector", {{"id", storeId}}},
                                       {"update", {{"name", "Changed"},
                                                   {"metadata", bj::object{{"a", 1}}},
                                                   {"supported_currencies",
                                                    bj::array{currency("gbp", true, true),
                                                              currency("usd", false, false)}}}}}));
    QCOMPARE(snapshot(), before);
  }

  void invalidCurrenciesAreRefused() {
    const auto storeId = query().graph({.entity = "store", .fields = {"id"}}).rows.at(0).at("id");
    const auto before = snapshot();
    const auto update = [&](bj::array currencies) {
      engine().run(flows::updateStoresWorkflow,
                   bj::object{{"selector", {{"id", storeId}}},
                              {"update", {{"supported_currencies", std::move(currencies)}}}});
    };
    QVERIFY_THROWS_EXCEPTION(Error, update(bj::array{currency("usd", true), currency("eur", true)}));
    QVERIFY_THROWS_EXCEPTION(Error, update(bj::array{currency("usd", false)}));
    QVERIFY_THROWS_EXCEPTION(Error, update(bj::array{currency("usd", true), currency("USD", false)}));
    QCOMPARE(snapshot(), before);
  }
};

QTEST_GUILESS_MAIN(StoreWorkflowsTest)
#include "store_workflows_test.moc"
