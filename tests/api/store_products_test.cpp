// SPDX-License-Identifier: MIT
// The demo seed and the storefront's product reads end to end: `medusa-server seed --demo`
// (twice: the second run creates nothing), then /store/products with the publishable key it
// printed: visibility, region prices, stock, the guard's errors.
#include <QtTest>

#include "raw_client.h"
#include "server_process.h"

namespace bj = boost::json;

namespace {

constexpr int kSeedTimeoutMs = 180000;

}  // namespace

class StoreProductsTest : public QObject {
  Q_OBJECT

  medusa::test::ServerProcess m_server{{.database = "store_products"}};
  std::uint16_t m_port = 0;
  std::string m_key;

  medusa::test::RawResponse get(const std::string& path, bool withKey = true) {
    const std::string headers = withKey ? "x-publishable-api-key: " + m_key + "\r\n" : "";
    return medusa::test::exchange(m_port, medusa::test::getRequest(path, headers));
  }

  std::string regionId(const std::string& currency) {
    const auto regions = get("/store/regions?currency_code=" + currency);
    if (regions.status != 200) return {};
    return std::string(regions.json().at("regions").at(0).at("id").as_string());
  }

 private slots:
  void initTestCase() {
    QVERIFY2(m_server.prepare(), m_server.error().c_str());
    const auto seeded = m_server.run({"seed", "--demo"}, kSeedTimeoutMs);
    QVERIFY2(seeded.exitCode == 0, seeded.output.constData());
    const auto match = QRegularExpression("Publishable API key \"Webshop\": (pk_[0-9a-f]{64})")
                           .match(QString::fromUtf8(seeded.output));
    QVERIFY2(match.hasMatch(), seeded.output.constData());
    m_key = match.captured(1).toStdString();

    const auto again = m_server.run({"seed", "--demo"}, kSeedTimeoutMs);
    QVERIFY2(again.exitCode == 0, again.output.constData());
    QVERIFY2(again.output.contains("Seeded: 0 created"), again.output.constData());
    QVERIFY2(again.output.contains(QByteArray::fromStdString(m_key)), again.output.constData());

    QVERIFY2(m_server.start(), m_server.error().c_str());
    m_port = m_server.port();
  }

  void cleanupTestCase() { m_server.stop(); }

  void guardRefusesMissingAndUnknownKeys() {
    const auto missing = get("/store/products", false);
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.json().at("message").as_string().starts_with(
        "Publishable API key required in the request header: x-publishable-api-key."));
    QCOMPARE(missing.json().at("type").as_string(), "not_allowed");
    const auto unknown = medusa::test::exchange(
        m_port, medusa::test::getRequest("/store/products", "x-publishable-api-key: pk_nope\r\n"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json().at("message").as_string(),
             "A valid publishable key is required to proceed with the request");
  }

  void listsThePublishedDemoCatalog() {
    const auto list = get("/store/products?limit=20&order=title");
    QCOMPARE(list.status, 200);
    const auto json = list.json();
    const auto& body = json.as_object();
    QCOMPARE(body.at("count").as_int64(), 50);
    QCOMPARE(body.at("limit").as_int64(), 20);
    const auto& products = body.at("products").as_array();
    QCOMPARE(products.size(), std::size_t(20));
    const auto& first = products.at(0).as_object();
    QVERIFY(first.contains("variants") && first.contains("options") && first.contains("images"));
    QVERIFY(!first.contains("status"));  // not among the store's default fields
    QVERIFY(!first.at("variants").as_array().at(0).as_object().contains("calculated_price"));
  }

  void pricesForARegion() {
    const auto eur = regionId("eur");
    QVERIFY(!eur.empty());
    const auto list = get("/store/products?limit=5&region_id=" + eur);
    QCOMPARE(list.status, 200);
    const auto json = list.json();
    const auto& variant = json.at("products").at(0).at("variants").at(0).as_object();
    const auto& price = variant.at("calculated_price").as_object();
    QCOMPARE(price.at("currency_code").as_string(), "eur");
    QVERIFY(price.at("calculated_amount").is_number());
    QVERIFY(price.contains("raw_calculated_amount"));

    const auto usd = regionId("usd");
    const auto dollars = get("/store/products?limit=5&region_id=" + usd);
    QCOMPARE(dollars.json().at("products").at(0).at("variants").at(0).at("calculated_price")
                 .at("currency_code").as_string(),
             "usd");

    const auto badRegion = get("/store/products?region_id=reg_nope");
    QCOMPARE(badRegion.status, 400);
  }

  void stockWhenAskedFor() {
    const auto list = get("/store/products?limit=3&fields=%2Bvariants.inventory_quantity");
    QCOMPARE(list.status, 200);
    const auto json = list.json();
    const auto& variant = json.at("products").at(0).at("variants").at(0).as_object();
    QVERIFY2(variant.at("inventory_quantity").is_int64(), list.body.c_str());
    QVERIFY(variant.at("inventory_quantity").as_int64() > 0);
  }

  void retrieveAndMissing() {
    const auto list = get("/store/products?limit=1&fields=id,handle");
    const std::string id(list.json().at("products").at(0).at("id").as_string());
    const auto one = get("/store/products/" + id);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().at("product").at("id").as_string(), id);
    const auto missing = get("/store/products/prod_nope");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().at("message").as_string(),
             "Product with id: prod_nope was not found");
  }

  void unknownFiltersAreRefused() {
    const auto bad = get("/store/products?status=draft");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().at("message").as_string(),
             "Invalid request: Unrecognized fields: 'status'");
  }
};

QTEST_GUILESS_MAIN(StoreProductsTest)
#include "store_products_test.moc"
