// SPDX-License-Identifier: MIT
// The region module on a real database: seeded countries, assignment, Medusa's refusals,
// replacement on update, and countries freed by deletion.
#include <QtTest>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/region/region_module.h"
#include "medusa/region/region_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using region::RegionModuleService;
namespace bj = boost::json;

namespace {

QStringList codesOf(const bj::value& region) {
  QStringList codes;
  for (const auto& country : region.at("countries").as_array()) {
    codes << QString::fromStdString(std::string(country.at("iso_2").as_string()));
  }
  codes.sort();
  return codes;
}

std::string idOf(const bj::value& row) { return std::string(row.at("id").as_string()); }

}  // namespace

class RegionModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  RegionModuleService& service() { return m_app.services->resolve<RegionModuleService>(); }

  void expectInvalid(const bj::array& input, const std::string& message, bool update = false) {
    const auto error = test::errorOf([&] {
      update ? service().updateRegions(input) : service().createRegions(input);
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(), message);
  }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("region_module", {region::moduleDefinition()});
  }

  void countriesAreSeeded() {
    const auto all = service().listCountries();
    QCOMPARE(all.size(), std::size_t(250));
    const auto dk = service().listCountries({.filters = {{"iso_2", "dk"}}});
    QCOMPARE(dk.size(), std::size_t(1));
    const auto& row = dk.at(0).as_object();
    QCOMPARE(row.at("iso_3").as_string(), "dnk");
    QCOMPARE(row.at("num_code").as_string(), "208");
    QCOMPARE(row.at("name").as_string(), "DENMARK");
    QCOMPARE(row.at("display_name").as_string(), "Denmark");
    QVERIFY(row.at("region_id").is_null());
  }

  void createsRegionWithCountries() {
    const auto regions = service().createRegions(bj::array{bj::object{
        {"name", "  Europe "}, {"currency_code", "EUR"}, {"countries", bj::array{"DK", "se"}}}});
    const auto& region = regions.at(0);
    QVERIFY(region.at("id").as_string().starts_with("reg_"));
    QCOMPARE(region.at("name").as_string(), "Europe");
    QCOMPARE(region.at("currency_code").as_string(), "eur");
    QCOMPARE(region.at("automatic_taxes").as_bool(), true);
    QCOMPARE(codesOf(region), QStringList({"dk", "se"}));
    QCOMPARE(service().retrieveRegion(idOf(region)).at("countries").as_array().size(),
             std::size_t(2));
  }

  void refusesCountriesOfAnotherRegion() {
    expectInvalid(bj::array{bj::object{
                      {"name", "Nordics"}, {"currency_code", "dkk"}, {"countries", {"dk"}}}},
                  R"(Countries with codes: "dk" are already assigned to a region)");
    // Nothing half-written: the refused region does not exist.
    QCOMPARE(service().listAndCountRegions({.filters = {{"name", "Nordics"}}}).count,
             std::int64_t(0));
  }

  void refusesUnknownAndRepeatedCountries() {
    expectInvalid(bj::array{bj::object{
                      {"name", "Nowhere"}, {"currency_code", "usd"}, {"countries", {"zz", "yy"}}}},
                  R"(Countries with codes: "yy, zz" do not exist)");
    expectInvalid(bj::array{bj::object{{"name", "A"}, {"currency_code", "usd"}, {"countries", {"us"}}},
                            bj::object{{"name", "B"}, {"currency_code", "usd"}, {"countries", {"US"}}}},
                  R"(Countries with codes: "us" are already assigned to a region)");
  }

  void updateReplacesCountries() {
    const auto id = idOf(service().createRegions(bj::array{bj::object{
        {"name", "Americas"}, {"currency_code", "usd"}, {"countries", {"us", "ca"}}}}).at(0));
    const auto updated = service().updateRegions(
        bj::array{bj::object{{"id", id}, {"countries", {"ca", "mx"}}, {"automatic_taxes", false}}});
    QCOMPARE(codesOf(updated.at(0)), QStringList({"ca", "mx"}));
    QCOMPARE(updated.at(0).at("automatic_taxes").as_bool(), false);
    const auto us = service().listCountries({.filters = {{"iso_2", "us"}}});
    QVERIFY(us.at(0).at("region_id").is_null());  // freed
    expectInvalid(bj::array{bj::object{{"id", id}, {"countries", {"dk"}}}},
                  R"(Countries with codes: "dk" are already assigned to a region)", true);
    // The failed update kept the region's countries.
    QCOMPARE(codesOf(service().retrieveRegion(id)), QStringList({"ca", "mx"}));
  }

  void softDeleteFreesCountries() {
    const auto id = idOf(service().createRegions(bj::array{bj::object{
        {"name", "Oceania"}, {"currency_code", "aud"}, {"countries", {"au", "nz"}}}}).at(0));
    service().softDeleteRegions({id});
    const auto error = test::errorOf([&] { service().retrieveRegion(id); });
    QVERIFY(error && error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), "Region with id: " + id + " was not found");
    const auto again = service().createRegions(bj::array{bj::object{
        {"name", "Australia"}, {"currency_code", "aud"}, {"countries", {"au"}}}});
    QCOMPARE(codesOf(again.at(0)), QStringList({"au"}));
    service().deleteRegions({idOf(again.at(0))});
    QVERIFY(service().listCountries({.filters = {{"iso_2", "au"}}}).at(0).at("region_id").is_null());
  }
};

QTEST_GUILESS_MAIN(RegionModuleTest)
#include "region_module_test.moc"
