// SPDX-License-Identifier: MIT
// The product workflows against real PostgreSQL: what they write across the product, pricing,
// inventory and link tables, and that a failure after them (a failing last step) leaves the
// database exactly as before.
#include <QtTest>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <memory>
#include <string>

#include "medusa/core/json.h"
#include "medusa/framework/query_engine.h"
#include "medusa/sales_channel/sales_channel_module_service.h"
#include "medusa/workflow/service_container.h"
#include "medusa/workflow/workflow_engine.h"
#include "modules/application.h"
#include "workflow_test_app.h"
#include "workflows/product/workflows/batch_workflows.h"

using namespace medusa;
namespace bj = boost::json;
namespace wf = medusa::workflow;
namespace products = medusa::server::workflows::products;

namespace {

using test::failingAfter;

const auto failingCreate = failingAfter(products::createProductsWorkflow, "test-create-fails");
const auto failingUpdate = failingAfter(products::updateProductsWorkflow, "test-update-fails");
const auto failingDelete = failingAfter(products::deleteProductsWorkflow, "test-delete-fails");
const auto failingBatch = failingAfter(products::batchProductVariantsWorkflow, "test-batch-fails");

bj::object price(const char* currency, double amount) {
  return {{"currency_code", currency}, {"amount", amount}};
}

bj::object variant(const char* title, const char* sku, const char* size, double usd) {
  return {{"title", title},
          {"sku", sku},
          {"options", bj::object{{"Size", size}}},
          {"prices", bj::array{price("usd", usd)}}};
}

}  // namespace

class ProductWorkflowsTest : public QObject {
  Q_OBJECT

  std::unique_ptr<test::WorkflowTestApp> m_app;
  std::string m_webChannel, m_shopChannel;

  const framework::QueryEngine& query() { return m_app->query(); }

  std::int64_t count(const char* entity, bool withDeleted = true) {
    return query()
        .graph({.entity = entity, .fields = {"id"}, .withDeleted = withDeleted, .count = true})
        .count;
  }

  // The product as the tests compare it: what the workflows touch, without generated ids.
  std::string snapshot(const std::string& id) {
    auto rows =
        query()
            .graph({.entity = "product",
                    .fields = {"title", "variants.id", "variants.sku", "variants.title",
                               "variants.prices.amount", "variants.prices.currency_code",
                               "variants.inventory_items.required_quantity", "sales_channels.id",
                               "options.title", "options.values.value"},
                    .filters = {{"id", id}}})
            .rows;
    return rows.empty() ? std::string() : json::stringify(rows.front());
  }

  int m_shirts = 0;

  // A product with sizes S and M (variants Small and Medium, 10 and 12 usd) in the Web channel;
  // handle and skus unique per call.
  std::string createShirt() {
    const auto n = std::to_string(++m_shirts);
    bj::object product{
        {"title", "Shirt"},
        {"handle", "shirt-" + n},
        {"options", bj::array{bj::object{{"title", "Size"}, {"values", bj::array{"S", "M"}}}}},
        {"variants", bj::array{variant("Small", ("S-" + n).c_str(), "S", 10),
                               variant("Medium", ("M-" + n).c_str(), "M", 12)}},
        {"sales_channels", bj::array{bj::object{{"id", m_webChannel}}}}};
    const auto created = m_app->workflows().run(products::createProductsWorkflow,
                                                bj::object{{"products", bj::array{product}}});
    return std::string(created.value().at(0).as_object().at("id").as_string());
  }

 private slots:
  void initTestCase() {
    m_app = std::make_unique<test::WorkflowTestApp>("wf_product");
    const auto channels =
        m_app->services().resolve<sales_channel::SalesChannelModuleService>().createSalesChannels(
            bj::array{bj::object{{"name", "Web"}}, bj::object{{"name", "Shop"}}});
    m_webChannel = channels.at(0).as_object().at("id").as_string().c_str();
    m_shopChannel = channels.at(1).as_object().at("id").as_string().c_str();
  }

  void cleanupTestCase() { m_app.reset(); }

  void createWritesPricesInventoryAndLinks() {
    const auto id = createShirt();
    const auto product = json::parse(snapshot(id)).as_object();
    const auto& variants = product.at("variants").as_array();
    QCOMPARE(variants.size(), 2u);
    for (const auto& item : variants) {
      const auto& v = item.as_object();
      const double expected = v.at("title").as_string() == "Small" ? 10 : 12;
      QCOMPARE(v.at("prices").as_array().size(), 1u);
      QCOMPARE(v.at("prices").at(0).at("amount").to_number<double>(), expected);
      QCOMPARE(v.at("inventory_items").as_array().size(), 1u);
      QCOMPARE(v.at("inventory_items").at(0).at("required_quantity").to_number<int>(), 1);
    }
    QCOMPARE(product.at("sales_channels").at(0).at("id").as_string(), m_webChannel.c_str());
  }

  void createIsUndoneWhenALaterStepFails() {
    const auto products = count("product"), sets = count("price_set"),
               items = count("inventory_item"), links = count("product_sales_channel");
    const auto result = m_app->workflows().run(
        failingCreate,
        bj::object{
            {"products",
             bj::array{bj::object{
                 {"title", "Doomed"},
                 {"options", bj::array{bj::object{{"title", "Size"}, {"values", bj::array{"S"}}}}},
                 {"variants", bj::array{variant("S", "DOOMED-S", "S", 5)}},
                 {"sales_channels", bj::array{bj::object{{"id", m_webChannel}}}}}}}},
        {.throwOnError = false});
    QCOMPARE(std::string(wf::toString(result.state)), std::string("reverted"));
    QCOMPARE(count("product"), products);
    QCOMPARE(count("price_set"), sets);
    QCOMPARE(count("inventory_item"), items);
    QCOMPARE(count("product_sales_channel"), links);
  }

  void unknownSalesChannelWritesNothing() {
    const auto products = count("product");
    try {
      m_app->workflows().run(
          products::createProductsWorkflow,
          bj::object{
              {"products", bj::array{bj::object{
                               {"title", "Lost"},
                               {"sales_channels", bj::array{bj::object{{"id", "sc_nope"}}}}}}}});
      QFAIL("expected an error");
    } catch (const Error& error) {
      QVERIFY(error.type() == ErrorType::InvalidData);
      QCOMPARE(std::string(error.what()),
               std::string("Sales channels with IDs sc_nope do not exist"));
    }
    QCOMPARE(count("product"), products);
  }

  void updateReplacesVariantsPricesAndChannels() {
    const auto id = createShirt();
    const auto before = json::parse(snapshot(id)).as_object();
    std::string small;
    for (const auto& v : before.at("variants").as_array()) {
      if (v.at("title").as_string() == "Small") small = v.at("id").as_string().c_str();
    }
    QVERIFY(!small.empty());
    auto kept = variant("Small", "KEPT-S", "S", 11);
    kept["id"] = small;
    const bj::object update{{"id", id},
                            {"title", "Shirt 2"},
                            {"variants", bj::array{kept, variant("Large", "SHIRT-L", "M", 20)}},
                            {"sales_channels", bj::array{bj::object{{"id", m_shopChannel}}}}};
    m_app->workflows().run(products::updateProductsWorkflow,
                           bj::object{{"products", bj::array{update}}});
    const auto after = json::parse(snapshot(id)).as_object();
    QCOMPARE(after.at("title").as_string(), "Shirt 2");
    QCOMPARE(after.at("variants").as_array().size(), 2u);
    for (const auto& v : after.at("variants").as_array()) {
      const double expected = v.at("title").as_string() == "Small" ? 11 : 20;
      QCOMPARE(v.at("prices").at(0).at("amount").to_number<double>(), expected);
    }
    QCOMPARE(after.at("sales_channels").as_array().size(), 1u);
    QCOMPARE(after.at("sales_channels").at(0).at("id").as_string(), m_shopChannel.c_str());
  }

  void updateIsUndoneWhenALaterStepFails() {
    const auto id = createShirt();
    const auto before = snapshot(id);
    const auto sets = count("price_set", false);
    const bj::object update{{"id", id},
                            {"title", "Changed"},
                            {"variants", bj::array{variant("Only", "SHIRT-X", "S", 99)}},
                            {"sales_channels", bj::array{bj::object{{"id", m_shopChannel}}}}};
    const auto result = m_app->workflows().run(
        failingUpdate, bj::object{{"products", bj::array{update}}}, {.throwOnError = false});
    QCOMPARE(std::string(wf::toString(result.state)), std::string("reverted"));
    QCOMPARE(snapshot(id), before);
    QCOMPARE(count("price_set", false), sets);
  }

  void deleteIsUndoneWhenALaterStepFails() {
    const auto id = createShirt();
    const auto before = snapshot(id);
    const auto sets = count("price_set", false);
    const auto result = m_app->workflows().run(failingDelete, bj::object{{"ids", bj::array{id}}},
                                               {.throwOnError = false});
    QCOMPARE(std::string(wf::toString(result.state)), std::string("reverted"));
    QCOMPARE(snapshot(id), before);
    QCOMPARE(count("price_set", false), sets);
  }

  void deleteRemovesProductPriceSetsAndLinks() {
    const auto id = createShirt();
    const auto sets = count("price_set", false);
    const auto links = count("product_sales_channel", false);
    m_app->workflows().run(products::deleteProductsWorkflow, bj::object{{"ids", bj::array{id}}});
    QVERIFY(snapshot(id).empty());
    QCOMPARE(count("price_set", false), sets - 2);
    QCOMPARE(count("product_sales_channel", false), links - 1);
  }

  void batchVariantsIsUndoneWhenALaterStepFails() {
    const auto id = createShirt();
    const auto before = snapshot(id);
    const auto first = json::parse(before).at("variants").at(0).at("id");
    bj::object input{{"create", bj::array{}},
                     {"update", bj::array{bj::object{{"id", first},
                                                     {"title", "Renamed"},
                                                     {"prices", bj::array{price("eur", 7)}}}}},
                     {"delete", bj::array{json::parse(before).at("variants").at(1).at("id")}}};
    const auto result = m_app->workflows().run(failingBatch, input, {.throwOnError = false});
    QCOMPARE(std::string(wf::toString(result.state)), std::string("reverted"));
    QCOMPARE(snapshot(id), before);
  }
};

QTEST_GUILESS_MAIN(ProductWorkflowsTest)
#include "product_workflows_test.moc"
