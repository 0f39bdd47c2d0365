// SPDX-License-Identifier: MIT
// Regions, currencies, stores and price preferences end to end against medusa-server on a
// fresh database (its defaults created by create-defaults, as at start-up): Medusa's
// envelopes and default fields, tax inclusivity kept as price preferences, the country and
// currency rules with Medusa's messages, body and query validation, 401/404s.
#include <QtTest>

#include "medusa/db/pool.h"
#include "medusa/workflow/workflow_engine.h"
#include "modules/application.h"
#include "raw_client.h"
#include "server_process.h"
#include "workflows/store/workflows/create_defaults_workflow.h"

namespace bj = boost::json;
using medusa::test::RawResponse;

namespace {

const char* const kAdminEmail = "admin@medusa-test.com";
const char* const kPassword = "supersecret";

std::string text(const bj::value& value) { return std::string(value.as_string()); }

// The keys of an object, sorted, e.g. "a,b,c".
QString keysOf(const bj::value& value) {
  QStringList keys;
  for (const auto& [key, item] : value.as_object()) keys << QString::fromUtf8(key.data(), int(key.size()));
  keys.sort();
  return keys.join(',');
}

}  // namespace

class RegionRoutesTest : public QObject {
  Q_OBJECT

  medusa::test::ServerProcess m_server{
      {.database = "region_routes", .adminEmail = kAdminEmail, .adminPassword = kPassword}};
  std::string m_admin;           // admin bearer token
  std::string m_publishableKey;  // for /store requests

  // One request; `auth` false sends no credentials (neither bearer nor publishable key).
  RawResponse call(const std::string& method, const std::string& path,
                   const std::optional<bj::object>& body = std::nullopt, bool auth = true) {
    std::string headers;
    if (auth && path.starts_with("/admin")) headers += "Authorization: Bearer " + m_admin + "\r\n";
    if (auth && path.starts_with("/store")) headers += "x-publishable-api-key: " + m_publishableKey + "\r\n";
    const auto payload = body ? medusa::json::stringify(*body) : std::string();
    if (body) headers += "Content-Type: application/json\r\n";
    return medusa::test::exchange(m_server.port(), method + " " + path +
                                                       " HTTP/1.1\r\nHost: x\r\n" + headers +
                                                       "Content-Length: " +
                                                       std::to_string(payload.size()) +
                                                       "\r\n\r\n" + payload);
  }
  RawResponse get(const std::string& path) { return call("GET", path); }
  RawResponse post(const std::string& path, const bj::object& body) { return call("POST", path, body); }
  RawResponse del(const std::string& path) { return call("DELETE", path); }

  // Asserts status and message of an error response.
  static void expectError(const RawResponse& response, int status, const std::string& message) {
    QCOMPARE(response.status, status);
    QCOMPARE(text(response.json().at("message")), message);
  }

  std::string createRegion(const char* name, bj::array countries, bool taxInclusive = false) {
    const auto response = post("/admin/regions", {{"name", name},
                                                  {"currency_code", "EUR"},
                                                  {"countries", std::move(countries)},
                                                  {"is_tax_inclusive", taxInclusive}});
    if (response.status != 200) qWarning("create region: %s", response.body.c_str());
    return text(response.json().at("region").at("id"));
  }

  bool taxInclusive(const std::string& attribute, const std::string& value) {
    const auto list = get("/admin/price-preferences?attribute=" + attribute + "&value=" + value);
    return list.json().at("price_preferences").at(0).at("is_tax_inclusive").as_bool();
  }

 private slots:
  void initTestCase() {
    QVERIFY2(m_server.prepare(), m_server.error().c_str());
    {  // What `start` does once the lead wires it: the default store and sales channel.
      medusa::db::Pool pool({.url = m_server.databaseUrl(), .size = 2});
      medusa::server::Application application(medusa::Config{}, pool);
      application.workflows().run(medusa::server::workflows::createDefaultsWorkflow, bj::object{});
    }
    QVERIFY2(m_server.start(), m_server.error().c_str());
    const auto login = call("POST", "/auth/user/emailpass",
                            bj::object{{"email", kAdminEmail}, {"password", kPassword}}, false);
    QCOMPARE(login.status, 200);
    m_admin = text(login.json().at("token"));
    const auto key = post("/admin/api-keys", {{"title", "Storefront"}, {"type", "publishable"}});
    QCOMPARE(key.status, 200);
    m_publishableKey = text(key.json().at("api_key").at("token"));
  }

  void cleanupTestCase() { m_server.stop(); }

  void adminRoutesNeedCredentials() {
    for (const char* path : {"/admin/regions", "/admin/currencies", "/admin/stores",
                             "/admin/price-preferences"}) {
      const auto response = call("GET", path, std::nullopt, false);
      QCOMPARE(response.status, 401);
      QCOMPARE(response.body, std::string("{\"message\":\"Unauthorized\"}"));
    }
    QCOMPARE(call("GET", "/store/regions", std::nullopt, false).status, 400);
  }

  void createRegionWithTaxInclusivePrices() {
    const auto created = post("/admin/regions", {{"name", " Americas "},
                                                 {"currency_code", "USD"},
                                                 {"countries", bj::array{"US", "ca"}},
                                                 {"is_tax_inclusive", true},
                                                 {"payment_providers", bj::array{"pp_system_default"}},
                                                 {"metadata", bj::object{{"team", "na"}}}});
    QCOMPARE(created.status, 200);
    const auto region = created.json().at("region");
    QCOMPARE(keysOf(region), QString("automatic_taxes,countries,created_at,currency_code,"
                                     "deleted_at,id,metadata,name,updated_at"));
    const auto id = text(region.at("id"));
    QVERIFY(id.starts_with("reg_") && id.size() == 30);
    QCOMPARE(text(region.at("name")), std::string("Americas"));
    QCOMPARE(text(region.at("currency_code")), std::string("usd"));
    QCOMPARE(region.at("automatic_taxes").as_bool(), true);
    QCOMPARE(region.at("countries").as_array().size(), 2u);
    QCOMPARE(text(region.at("countries").at(0).at("region_id")), id);
    QVERIFY(taxInclusive("region_id", id));

    const auto updated = post("/admin/regions/" + id + "?fields=id,name,countries.iso_2",
                              {{"name", "North America"}, {"countries", bj::array{"us", "mx"}},
                               {"is_tax_inclusive", false}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(keysOf(updated.json().at("region")), QString("countries,id,name"));
    QCOMPARE(updated.json().at("region").at("countries").as_array().size(), 2u);
    QVERIFY(!taxInclusive("region_id", id));
    QCOMPARE(text(get("/admin/regions/" + id).json().at("region").at("name")),
             std::string("North America"));
  }

  void regionErrorsUseMedusasWording() {
    createRegion("Nordics", bj::array{"dk", "se"});
    expectError(post("/admin/regions", {{"name", "Other"}, {"currency_code", "dkk"},
                                        {"countries", bj::array{"DK"}}}),
                400, "Countries with codes: \"dk\" are already assigned to a region");
    expectError(post("/admin/regions", {{"name", "Nowhere"}, {"currency_code", "eur"},
                                        {"countries", bj::array{"xx"}}}),
                400, "Countries with codes: \"xx\" do not exist");
    expectError(post("/admin/regions", {}), 400,
                "Invalid request: Field 'name' is required; Field 'currency_code' is required");
    expectError(post("/admin/regions", {{"name", "x"}, {"currency_code", "eur"}, {"bogus", 1}}),
                400, "Invalid request: Unrecognized fields: 'bogus'");
    QCOMPARE(post("/admin/regions", {{"name", 1}, {"currency_code", "eur"}}).status, 400);
    QCOMPARE(post("/admin/regions", {{"name", "x"}, {"currency_code", "eur"},
                                     {"automatic_taxes", "yes"}}).status, 400);
    expectError(post("/admin/regions", {{"name", "x"}, {"currency_code", "eur"},
                                        {"payment_providers", bj::array{"pp_nope"}}}),
                404, "Payment providers with ids pp_nope not found or not enabled");
    expectError(get("/admin/regions/reg_nope"), 404, "Region with id: reg_nope not found");
    expectError(post("/admin/regions/reg_nope", {{"name", "x"}}), 404,
                "Region with id \"reg_nope\" not found");
    expectError(get("/admin/regions?bogus=1"), 400, "Invalid request: Unrecognized fields: 'bogus'");
    // Medusa does not check currency codes against the currency list.
    QCOMPARE(post("/admin/regions", {{"name", "Odd"}, {"currency_code", "XYZ"}}).status, 200);
  }

  void listRegionsFiltersAndPages() {
    const auto page = get("/admin/regions?q=nordic&fields=id,name");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().at("count").as_int64(), 1);
    QCOMPARE(page.json().at("limit").as_int64(), 50);
    QCOMPARE(text(page.json().at("regions").at(0).at("name")), std::string("Nordics"));
    const auto byCurrency = get("/admin/regions?currency_code=xyz&limit=1");
    QCOMPARE(byCurrency.json().at("count").as_int64(), 1);
    QCOMPARE(byCurrency.json().at("limit").as_int64(), 1);
  }

  void deleteRegionFreesItsCountries() {
    const auto id = createRegion("Baltics", bj::array{"ee", "lv"}, true);
    const auto deleted = del("/admin/regions/" + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.body, "{\"id\":\"" + id + "\",\"object\":\"region\",\"deleted\":true}");
    QCOMPARE(get("/admin/regions/" + id).status, 404);
    createRegion("Baltics again", bj::array{"ee"});
    QCOMPARE(del("/admin/regions/reg_nope").status, 200);  // as Medusa: nothing to delete
  }

  void storeRegionsListAndRetrieve() {
    const auto page = get("/store/regions?currency_code=usd");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().at("limit").as_int64(), 50);
    const auto region = page.json().at("regions").at(0);
    QCOMPARE(keysOf(region), QString("countries,created_at,currency_code,deleted_at,id,metadata,"
                                     "name,updated_at"));
    const auto id = text(region.at("id"));
    QCOMPARE(text(get("/store/regions/" + id).json().at("region").at("id")), id);
    expectError(get("/store/regions/reg_nope"), 404, "Region with id: reg_nope was not found");
    expectError(get("/store/regions?automatic_taxes=true"), 400,
                "Invalid request: Unrecognized fields: 'automatic_taxes'");
  }

  void currenciesListAndRetrieve() {
    const auto admin = get("/admin/currencies?limit=3");
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.json().at("limit").as_int64(), 3);
    QVERIFY(admin.json().at("count").as_int64() > 100);
    const auto first = admin.json().at("currencies").as_array();
    QVERIFY(text(first.at(0).at("code")) < text(first.at(1).at("code")));
    QCOMPARE(keysOf(first.at(0)), QString("code,decimal_digits,name,rounding,symbol,symbol_native"));
    QCOMPARE(get("/admin/currencies").json().at("limit").as_int64(), 200);
    QCOMPARE(get("/store/currencies").json().at("limit").as_int64(), 50);
    const auto usd = get("/admin/currencies/USD");
    QCOMPARE(usd.status, 200);
    QCOMPARE(text(usd.json().at("currency").at("code")), std::string("usd"));
    const auto eur = get("/store/currencies/eur?fields=code,name");
    QCOMPARE(keysOf(eur.json().at("currency")), QString("code,name"));
    const auto q = get("/store/currencies?q=krone&fields=code");
    QVERIFY(q.json().at("count").as_int64() >= 2);
    expectError(get("/admin/currencies/xyz"), 404, "Currency with code: xyz was not found");
    expectError(get("/store/currencies?id=usd"), 400, "Invalid request: Unrecognized fields: 'id'");
  }

  void storeDefaultsAndUpdate() {
    const auto list = get("/admin/stores");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().at("count").as_int64(), 1);
    const auto store = list.json().at("stores").at(0);
    QCOMPARE(text(store.at("name")), std::string("Medusa Store"));
    QVERIFY(text(store.at("default_sales_channel_id")).starts_with("sc_"));
    const auto& eur = store.at("supported_currencies").at(0);
    QCOMPARE(text(eur.at("currency_code")), std::string("eur"));
    QCOMPARE(eur.at("is_default").as_bool(), true);
    QCOMPARE(text(eur.at("currency").at("name")), std::string("Euro"));
    const auto id = text(store.at("id"));

    const auto updated = post("/admin/stores/" + id + "?fields=id,name,*supported_currencies",
                              {{"name", "Shop"},
                               {"supported_currencies",
                                bj::array{bj::object{{"currency_code", "usd"}, {"is_default", true},
                                                     {"is_tax_inclusive", true}},
                                          bj::object{{"currency_code", "eur"}}}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(text(updated.json().at("store").at("name")), std::string("Shop"));
    QCOMPARE(updated.json().at("store").at("supported_currencies").as_array().size(), 2u);
    QVERIFY(taxInclusive("currency_code", "usd"));
    QVERIFY(!taxInclusive("currency_code", "eur"));
    QCOMPARE(text(get("/admin/stores/" + id + "?fields=name").json().at("store").at("name")),
             std::string("Shop"));
  }

  void storeErrors() {
    const auto id = text(get("/admin/stores?fields=id").json().at("stores").at(0).at("id"));
    const auto currencies = [](bj::array list) { return bj::object{{"supported_currencies", list}}; };
    const bj::object usd{{"currency_code", "usd"}, {"is_default", true}};
    expectError(post("/admin/stores/" + id, currencies({usd, bj::object{{"currency_code", "eur"},
                                                                       {"is_default", true}}})),
                400, "Only one default currency is allowed");
    expectError(post("/admin/stores/" + id, currencies({bj::object{{"currency_code", "usd"}}})),
                400, "There should be a default currency set for the store");
    expectError(post("/admin/stores/" + id, currencies({usd, bj::object{{"currency_code", "USD"}}})),
                400, "Duplicate currency codes: usd");
    expectError(post("/admin/stores/" + id, {{"bogus", "x"}}), 400,
                "Invalid request: Unrecognized fields: 'bogus'");
    QCOMPARE(post("/admin/stores/" + id, {{"name", 5}}).status, 400);
    expectError(post("/admin/stores/store_nope", {{"name", "x"}}), 404,
                "Store with id \"store_nope\" not found");
    // As Medusa: an unknown store id reads as an empty body.
    const auto missing = get("/admin/stores/store_nope");
    QCOMPARE(missing.status, 200);
    QCOMPARE(missing.body, std::string("{}"));
  }

  void pricePreferencesCrud() {
    const auto created = post("/admin/price-preferences",
                              {{"attribute", "currency_code"}, {"value", "dkk"},
                               {"is_tax_inclusive", true}});
    QCOMPARE(created.status, 200);
    const auto preference = created.json().at("price_preference");
    QCOMPARE(keysOf(preference), QString("attribute,created_at,deleted_at,id,is_tax_inclusive,"
                                         "updated_at,value"));
    const auto id = text(preference.at("id"));
    QVERIFY(id.starts_with("prpref_"));
    expectError(post("/admin/price-preferences", {{"attribute", "currency_code"}, {"value", "dkk"}}),
                400, "Price preference with attribute: currency_code, value: dkk, already exists.");
    expectError(post("/admin/price-preferences", {}), 400,
                "Invalid request: Field 'attribute' is required; Field 'value' is required");
    expectError(post("/admin/price-preferences/" + id, {{"foo", false}}), 400,
                "Invalid request: Unrecognized fields: 'foo'");
    const auto updated = post("/admin/price-preferences/" + id, {{"is_tax_inclusive", false}});
    QCOMPARE(updated.json().at("price_preference").at("is_tax_inclusive").as_bool(), false);
    const auto listed = get("/admin/price-preferences?q=ignored&value=dkk");
    QCOMPARE(listed.json().at("count").as_int64(), 1);
    QCOMPARE(listed.json().at("limit").as_int64(), 300);
    const auto deleted = del("/admin/price-preferences/" + id);
    QCOMPARE(deleted.body,
             "{\"id\":\"" + id + "\",\"object\":\"price_preference\",\"deleted\":true}");
    QCOMPARE(get("/admin/price-preferences/" + id).body, std::string("{}"));  // as Medusa
  }
};

QTEST_GUILESS_MAIN(RegionRoutesTest)
#include "region_routes_test.moc"
