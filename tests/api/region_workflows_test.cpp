// SPDX-License-Identifier: MIT
// The region and price-preference workflows on the whole application over real PostgreSQL:
// what they write (regions, countries, `region_id` preferences) and that a failure after them
// (a failing last step) leaves the database exactly as before.
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
#include "workflows/pricing/workflows/create_price_preferences_workflow.h"
#include "workflows/pricing/workflows/delete_price_preferences_workflow.h"
#include "workflows/pricing/workflows/update_price_preferences_workflow.h"
#include "workflows/region/workflows/create_regions_workflow.h"
#include "workflows/region/workflows/delete_regions_workflow.h"
#include "workflows/region/workflows/update_regions_workflow.h"

using namespace medusa;
namespace bj = boost::json;
namespace wf = medusa::workflow;
namespace flows = medusa::server::workflows;

namespace {

using test::failingAfter;

const auto failingCreate = failingAfter(flows::createRegionsWorkflow, "test-create-regions-fails");
const auto failingUpdate = failingAfter(flows::updateRegionsWorkflow, "test-update-regions-fails");
const auto failingDelete = failingAfter(flows::deleteRegionsWorkflow, "test-delete-regions-fails");
const auto failingCreatePreferences =
    failingAfter(flows::createPricePreferencesWorkflow, "test-create-preferences-fails");
const auto failingUpdatePreferences =
    failingAfter(flows::updatePricePreferencesWorkflow, "test-update-preferences-fails");
const auto failingDeletePreferences =
    failingAfter(flows::deletePricePreferencesWorkflow, "test-delete-preferences-fails");

}  // namespace

class RegionWorkflowsTest : public QObject {
  Q_OBJECT

  std::unique_ptr<test::WorkflowTestApp> m_app;

  const framework::QueryEngine& query() { return m_app->query(); }
  wf::WorkflowEngine& engine() { return m_app->workflows(); }

  // Every region (deleted ones too) with its countries, and every price preference: what the
  // region workflows touch, as one comparable string.
  std::string snapshot() {
    const auto regions = query().graph({.entity = "region",
                                        .fields = {"id", "name", "deleted_at", "countries.iso_2"},
                                        .withDeleted = true});
    const auto preferences =
        query().graph({.entity = "price_preference",
                       .fields = {"id", "attribute", "value", "is_tax_inclusive", "deleted_at"},
                       .withDeleted = true});
    return json::stringify(bj::object{{"regions", regions.rows},
                                      {"preferences", preferences.rows}});
  }

  bj::object preferenceOf(const std::string& regionId) {
    const auto rows = query().graph({.entity = "price_preference",
                                     .fields = {"id", "is_tax_inclusive"},
                                     .filters = {{"attribute", "region_id"},
                                                 {"value", regionId}}});
    return rows.rows.empty() ? bj::object{} : rows.rows.front().as_object();
  }

  std::string createRegion(const char* name, bj::array countries, bool taxInclusive) {
    bj::object input{{"name", name},
                     {"currency_code", "EUR"},
                     {"countries", std::move(countries)},
                     {"is_tax_inclusive", taxInclusive},
                     {"payment_providers", bj::array{"pp_system_default"}}};
    const auto created = engine().run(flows::createRegionsWorkflow, bj::array{input});
    return std::string(created.value().at(0).at("id").as_string());
  }

 private slots:
  void initTestCase() { m_app = std::make_unique<test::WorkflowTestApp>("wf_region"); }

  void cleanupTestCase() { m_app.reset(); }

  void createWritesRegionCountriesAndPreference() {
    const auto id = createRegion("Nordics", bj::array{"DK", "se"}, true);
    QVERIFY(id.starts_with("reg_"));
    const auto region = query()
                            .graph({.entity = "region",
                                    .fields = {"currency_code", "countries.iso_2"},
                                    .filters = {{"id", id}}})
                            .rows.at(0)
                            .as_object();
    QCOMPARE(region.at("currency_code").as_string(), "eur");
    QCOMPARE(region.at("countries").as_array().size(), 2u);
    QCOMPARE(preferenceOf(id).at("is_tax_inclusive").as_bool(), true);
  }

  void createIsUndoneWhenALaterStepFails() {
    const auto before = snapshot();
    const bj::object input{{"name", "Undone"}, {"currency_code", "usd"},
                           {"countries", bj::array{"us"}}, {"is_tax_inclusive", true}};
    QVERIFY_THROWS_EXCEPTION(Error, engine().run(failingCreate, bj::array{input}));
    QCOMPARE(snapshot(), before);
  }

  void unknownPaymentProviderUndoesTheRegion() {
    const auto before = snapshot();
    const bj::object input{{"name", "No provider"}, {"currency_code", "usd"},
                           {"countries", bj::array{"ca"}},
                           {"payment_providers", bj::array{"pp_nope", "pp_system_default"}}};
    try {
      engine().run(flows::createRegionsWorkflow, bj::array{input});
      QFAIL("an unknown payment provider must fail the workflow");
    } catch (const Error& error) {
      QVERIFY(error.type() == ErrorType::NotFound);
      QCOMPARE(std::string(error.what()),
               std::string("Payment providers with ids pp_nope not found or not enabled"));
    }
    QCOMPARE(snapshot(), before);
  }

  void updateReplacesCountriesAndPreference() {
    const auto id = createRegion("Benelux", bj::array{"be", "nl"}, false);
    engine().run(flows::updateRegionsWorkflow,
                 bj::object{{"selector", {{"id", id}}},
                            {"update", {{"name", "Benelux+"},
                                        {"countries", bj::array{"lu", "nl"}},
                                        {"is_tax_inclusive", true}}}});
    const auto region = query()
                            .graph({.entity = "region",
                                    .fields = {"name", "countries.iso_2"},
                                    .filters = {{"id", id}}})
                            .rows.at(0)
                            .as_object();
    QCOMPARE(region.at("name").as_string(), "Benelux+");
    QStringList codes;
    for (const auto& country : region.at("countries").as_array()) {
      codes << QString::fromStdString(std::string(country.at("iso_2").as_string()));
    }
    codes.sort();
    QCOMPARE(codes, QStringList({"lu", "nl"}));
    QCOMPARE(preferenceOf(id).at("is_tax_inclusive").as_bool(), true);
  }

  void updateIsUndoneWhenALaterStepFails() {
    const auto id = createRegion("Iberia", bj::array{"es", "pt"}, false);
    const auto before = snapshot();
    QVERIFY_THROWS_EXCEPTION(
        Error, engine().run(failingUpdate,
                            bj::object{{"selector", {{"id", id}}},
                                       {"update", {{"name", "Changed"},
                                                   {"countries", bj::array{"es", "it"}},
                                                   {"is_tax_inclusive", true}}}}));
    QCOMPARE(snapshot(), before);
  }

  void deleteFreesCountriesAndRemovesPreference() {
    const auto id = createRegion("Baltics", bj::array{"ee", "lv", "lt"}, true);
    engine().run(flows::deleteRegionsWorkflow, std::vector<std::string>{id});
    QVERIFY(preferenceOf(id).empty());
    // The countries are free again: a new region may take them.
    const auto again = createRegion("Baltics again", bj::array{"ee"}, false);
    QVERIFY(again != id);
  }

  void deleteIsUndoneWhenALaterStepFails() {
    const auto id = createRegion("Alps", bj::array{"at", "ch"}, true);
    const auto before = snapshot();
    QVERIFY_THROWS_EXCEPTION(Error, engine().run(failingDelete, std::vector<std::string>{id}));
    QCOMPARE(snapshot(), before);
  }

  void pricePreferenceWorkflowsAreUndoneWhenALaterStepFails() {
    const auto created = engine().run(
        flows::createPricePreferencesWorkflow,
        bj::array{bj::object{{"attribute", "currency_code"}, {"value", "dkk"}}});
    const std::string id(created.value().at(0).at("id").as_string());
    const auto before = snapshot();
    QVERIFY_THROWS_EXCEPTION(
        Error, engine().run(failingCreatePreferences,
                            bj::array{bj::object{{"attribute", "currency_code"},
                                                 {"value", "nok"}}}));
    QCOMPARE(snapshot(), before);
    QVERIFY_THROWS_EXCEPTION(
        Error, engine().run(failingUpdatePreferences,
                            bj::object{{"selector", {{"id", bj::array{id}}}},
                                       {"update", {{"is_tax_inclusive", true}}}}));
    QCOMPARE(snapshot(), before);
    QVERIFY_THROWS_EXCEPTION(Error,
                             engine().run(failingDeletePreferences, std::vector<std::string>{id}));
    QCOMPARE(snapshot(), before);
  }

  void duplicatePreferenceIsMedusasInvalidData() {
    const bj::object entry{{"attribute", "currency_code"}, {"value", "sek"}};
    engine().run(flows::createPricePreferencesWorkflow, bj::array{entry});
    try {
      engine().run(flows::createPricePreferencesWorkflow, bj::array{entry});
      QFAIL("a second live preference for sek must be refused");
    } catch (const Error& error) {
      QVERIFY(error.type() == ErrorType::InvalidData);
      QCOMPARE(std::string(error.what()),
               std::string("Price preference with attribute: currency_code, value: sek, "
                           "already exists."));
    }
  }
};

QTEST_GUILESS_MAIN(RegionWorkflowsTest)
#include "region_workflows_test.moc"
