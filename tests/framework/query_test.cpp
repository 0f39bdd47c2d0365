// SPDX-License-Identifier: MIT
// Query: fields semantics, stable order, aliases, computed fields batched per level, and a
// statement counter proving that the number of statements does not grow with the rows.
#include <QElapsedTimer>
#include <QtTest>
#include <boost/json/monotonic_resource.hpp>
#include <chrono>

#include "framework_test_helpers.h"

using namespace medusa;
using namespace medusa::test;
using framework::GraphQuery;
namespace bj = boost::json;

namespace {

const std::vector<std::string> kWideFields{"id",
                                           "title",
                                           "*variants",
                                           "variants.options.value",
                                           "options.title",
                                           "options.values.value",
                                           "collection.title",
                                           "sales_channels.name",
                                           "variants.prices.amount",
                                           "variants.prices.currency_code"};

QStringList keys(const bj::value& row) {
  QStringList out;
  for (const auto& entry : row.as_object())
    out << QString::fromUtf8(entry.key().data(), static_cast<qsizetype>(entry.key().size()));
  return out;
}

}  // namespace

class QueryTest : public QObject {
  Q_OBJECT

 private:
  TestApp m_app;
  Seeded m_seeded;
  int m_resolverCalls = 0;
  std::size_t m_resolverRows = 0;

  bj::array graph(GraphQuery query) const { return m_app.query().graph(query).rows; }
  GraphQuery firstProduct(std::vector<std::string> fields) const {
    return {.entity = "product",
            .fields = std::move(fields),
            .filters = {{"id", m_seeded.products.front()}}};
  }

 private slots:
  void initTestCase() {
    m_app = makeApp("fw_query");
    // A computed field in the style of calculated_price: the cheapest price in the currency
    // the context asks for, read from the (hidden) `prices` alias.
    m_app.query().registerComputedField(
        "product_variant", {.name = "cheapest",
                            .dependencies = {"prices.amount", "prices.currency_code"},
                            .resolver = [this](const framework::ComputedBatch& batch) {
                              ++m_resolverCalls;
                              m_resolverRows += batch.rows.size();
                              const auto* currency = batch.args.if_contains("currency_code");
                              std::vector<bj::value> values;
                              for (const auto* row : batch.rows) {
                                bj::value best = nullptr;
                                for (const auto& price : row->at("prices").as_array()) {
                                  if (currency && price.at("currency_code") != *currency) continue;
                                  if (best.is_null() || price.at("amount").to_number<double>() <
                                                            best.at("amount").to_number<double>()) {
                                    best = bj::object{{"amount", price.at("amount")},
                                                      {"currency_code", price.at("currency_code")}};
                                  }
                                }
                                values.push_back(best);
                              }
                              return values;
                            }});
    // A computed field reading the link path that the `prices` alias flattens.
    m_app.query().registerComputedField(
        "product_variant",
        {.name = "price_ids",
         .dependencies = {"price_set_link.price_set.prices.id"},
         .resolver = [](const framework::ComputedBatch& batch) {
           std::vector<bj::value> values;
           for (const auto* row : batch.rows) {
             bj::array ids;
             const auto& priceSet = row->at("price_set_link").at("price_set");
             for (const auto& price : priceSet.at("prices").as_array()) {
               ids.push_back(price.as_object().at("id"));
             }
             values.emplace_back(std::move(ids));
           }
           return values;
         }});
    m_seeded = seedCatalog(m_app, 50);
  }

  void registeringAfterServingStartedIsRefused() {
    graph({.entity = "product", .pagination = {.limit = 1}});
    const auto error = errorOf(
        [&] { m_app.query().registerComputedField("product", {.name = "late", .resolver = {}}); });
    QCOMPARE(wire(error->type()), wire(ErrorType::UnexpectedState));
  }

  void selectsOnlyWhatIsAsked() {
    const auto rows = graph(firstProduct({"title", "subtitle", "variants.sku", "unknown_field"}));
    QCOMPARE(rows.size(), 1u);
    QCOMPARE(keys(rows.at(0)), QStringList({"id", "title", "subtitle", "variants"}));
    QVERIFY(rows.at(0).at("subtitle").is_null());  // selected and null: present as null
    QCOMPARE(text(rows.at(0).at("variants")),
             QString("[{\"sku\":\"SKU-000-S\"},{\"sku\":\"SKU-000-M\"}]"));
  }

  void starSelectsAllScalarsOfARelation() {
    for (const char* field : {"*variants", "variants.*"}) {
      const auto rows = graph(firstProduct({field}));
      const auto& variant = rows.at(0).at("variants").at(0);
      QCOMPARE(keys(variant),
               QStringList({"id", "title", "sku", "product_id", "variant_rank", "allow_backorder",
                            "metadata", "created_at", "updated_at", "deleted_at"}));
      QVERIFY(variant.at("deleted_at").is_null());
      QCOMPARE(keys(rows.at(0)), QStringList({"id", "variants"}));  // no product scalars
    }
    const auto all = graph(firstProduct({"*"}));
    QVERIFY(all.at(0).as_object().contains("handle"));
    QVERIFY(!all.at(0).as_object().contains("variants"));
  }

  void relationsAreObjectsOrArraysInStableOrder() {
    const auto rows = graph(firstProduct(
        {"collection.title", "options.values.value", "variants.options.value", "categories.name"}));
    const auto& product = rows.at(0);
    QCOMPARE(text(product.at("collection")), QString("{\"title\":\"Summer\"}"));
    QCOMPARE(text(product.at("categories")), QString("[]"));
    QCOMPARE(text(product.at("options").at(0).at("values")),
             QString("[{\"value\":\"S\"},{\"value\":\"M\"}]"));
    // variant_rank orders the variants; each has its option value through the pivot.
    QCOMPARE(text(product.at("variants")),
             QString("[{\"options\":[{\"value\":\"S\"}]},{\"options\":[{\"value\":\"M\"}]}]"));
  }

  void aliasesFlattenThroughLinks() {
    const auto rows = graph(firstProduct({"variants.prices.*", "variants.price_set.id"}));
    const auto& variant = rows.at(0).at("variants").at(0);
    QCOMPARE(keys(variant), QStringList({"prices", "price_set"}));
    QCOMPARE(variant.at("prices").as_array().size(), 2u);
    QCOMPARE(text(variant.at("prices").at(1).at("raw_amount")),
             QString("{\"value\":\"12.5\",\"precision\":20}"));
    QCOMPARE(str(variant.at("price_set"), "id"), QString::fromStdString(m_seeded.priceSets[0]));
  }

  void aliasesKeepRowsOtherFieldsStillRead() {
    // The alias moves its rows out of the hidden link path only when nothing else reads them;
    // here the path is selected too, or a computed field depends on it, and keeps its prices.
    const auto rows = graph(firstProduct(
        {"variants.prices.amount", "variants.price_set_link.price_set.prices.amount"}));
    const auto& variant = rows.at(0).at("variants").at(0);
    QCOMPARE(variant.at("prices").as_array().size(), 2u);
    QCOMPARE(text(variant.at("price_set_link").at("price_set").at("prices")),
             text(variant.at("prices")));
    const auto computed = graph(firstProduct({"variants.prices.id", "variants.price_ids"}));
    const auto& withIds = computed.at(0).at("variants").at(0);
    QCOMPARE(keys(withIds), QStringList({"prices", "price_ids"}));
    QCOMPARE(withIds.at("price_ids").as_array().size(), 2u);
    QCOMPARE(withIds.at("price_ids").at(1), withIds.at("prices").at(1).at("id"));
  }

  void rowsCanLiveInTheCallersArena() {
    boost::json::monotonic_resource arena;
    GraphQuery query{.entity = "product", .fields = kWideFields, .pagination = {.limit = 5}};
    const auto onTheHeap = m_app.query().graph(query);
    query.storage = &arena;
    const auto inTheArena = m_app.query().graph(query);
    QVERIFY(inTheArena.rows.storage().get() == &arena);
    QCOMPARE(text(inTheArena.rows), text(onTheHeap.rows));
  }

  void statementsDoNotGrowWithRows() {
    std::vector<std::size_t> counts;
    for (const std::int64_t limit : {3, 50}) {
      const auto before = m_app.statements();
      const auto result = m_app.query().graph({.entity = "product",
                                               .fields = kWideFields,
                                               .pagination = {.limit = limit},
                                               .count = true});
      QCOMPARE(m_app.statements() - before, result.statements);  // the counter sees them all
      QCOMPARE(result.rows.size(), static_cast<std::size_t>(limit));
      QCOMPARE(result.count, 50);
      const auto& last = result.rows.at(result.rows.size() - 1);
      QCOMPARE(last.at("variants").as_array().size(), 2u);
      QCOMPARE(last.at("variants").at(1).at("prices").as_array().size(), 2u);
      QCOMPARE(last.at("sales_channels").as_array().size(), 2u);
      counts.push_back(result.statements);
    }
    QCOMPARE(counts.front(), counts.back());
    // product, variants, variant option values (pivot join), options, option values,
    // collection, link rows + sales channels, price-set link rows + price sets + prices.
    QCOMPARE(counts.back(), std::size_t{11});
  }

  void computedFieldsResolveOncePerLevel() {
    m_resolverCalls = 0;
    m_resolverRows = 0;
    const auto result = m_app.query().graph(
        {.entity = "product",
         .fields = {"title", "variants.cheapest", "variants.sku"},
         .pagination = {.limit = 20},
         .context = {{"variants", {{"cheapest", {{"currency_code", "usd"}}}}}}});
    QCOMPARE(m_resolverCalls, 1);
    QCOMPARE(m_resolverRows, std::size_t{40});
    const auto& variant = result.rows.at(0).at("variants").at(0);
    QCOMPARE(text(variant.at("cheapest")), QString("{\"amount\":12.5,\"currency_code\":\"usd\"}"));
    QCOMPARE(keys(variant), QStringList({"sku", "cheapest"}));  // dependencies stay hidden
  }

  void paginatesCountsAndOrders() {
    const auto result = m_app.query().graph(
        {.entity = "product",
         .fields = {"title"},
         .pagination = {.limit = 2, .offset = 3, .order = framework::parseOrder("-title")},
         .count = true});
    QCOMPARE(result.count, 50);
    QCOMPARE(column(result.rows, "title"), QStringList({"Product 046", "Product 045"}));
    const auto byCollection = graph(
        {.entity = "product",
         .fields = {"title"},
         .pagination = {.limit = 1, .order = framework::parseOrder("collection.title,-title")}});
    QCOMPARE(column(byCollection, "title"), QStringList({"Product 049"}));
  }

  void missingKeysCanThrow() {
    const auto error = errorOf([&] {
      m_app.query().graph({.entity = "product",
                           .filters = {{"id", bj::array{m_seeded.products[0], "prod_nope"}}},
                           .throwIfKeyNotFound = true});
    });
    QVERIFY(error);
    QCOMPARE(wire(error->type()), wire(ErrorType::NotFound));
    QCOMPARE(QString::fromStdString(error->message()), QString("Product id not found: prod_nope"));
    const auto unknown = errorOf([&] { graph({.entity = "nothing"}); });
    QCOMPARE(wire(unknown->type()), wire(ErrorType::InvalidData));
  }

  void moduleServicesDoNotCrossLinks() {
    const auto rows = m_app.service("product").list(
        {.filters = {{"id", m_seeded.products[0]}}, .fields = {"title", "sales_channels.name"}});
    QCOMPARE(keys(rows.at(0)), QStringList({"id", "title"}));
  }

  void aTwentyProductPageIsFast() {
    GraphQuery query{
        .entity = "product", .fields = kWideFields, .pagination = {.limit = 20}, .count = true};
    m_app.query().graph(query);  // warm up the connection and plans
    constexpr int kRuns = 20;
    std::chrono::nanoseconds inSql{};
    m_app.registry->sql().setObserver(
        [&](const framework::StatementEvent& event) { inSql += event.elapsed; });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRuns; ++i) QCOMPARE(m_app.query().graph(query).rows.size(), 20u);
    const double perQuery = static_cast<double>(timer.nsecsElapsed()) / 1e6 / kRuns;
    m_app.registry->sql().setObserver(nullptr);
    qInfo(
        "20 products with variants, options, channels and prices: %.2f ms per graph call "
        "(%.2f ms waiting for PostgreSQL)",
        perQuery, static_cast<double>(inSql.count()) / 1e6 / kRuns);
    QVERIFY2(perQuery < 50.0, "far slower than expected even for a debug build");
  }
};

QTEST_GUILESS_MAIN(QueryTest)
#include "query_test.moc"
