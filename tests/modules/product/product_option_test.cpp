// SPDX-License-Identifier: MIT
// Variants and options on their own, and product updates by id and by selector.
#include <QtTest>
#include <algorithm>

#include "product_test_support.h"

using namespace medusa;
namespace bj = boost::json;
using product::ProductModuleService;
using test::errorOf;
using test::expectError;
using test::shirtInput;
using test::str;

class ProductOptionTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  ProductModuleService& service() { return m_app.services->resolve<ProductModuleService>(); }

  // The option's live values, sorted, joined by ','.
  std::string valuesOf(const std::string& optionId) {
    const auto rows =
        service()
            .listAndCountProductOptions({.filters = {{"id", optionId}}, .fields = {"values.value"}})
            .rows;
    std::vector<std::string> values;
    for (const auto& value : rows.at(0).at("values").as_array())
      values.push_back(str(value, "value"));
    std::sort(values.begin(), values.end());
    std::string out;
    for (const auto& value : values) out += (out.empty() ? "" : ",") + value;
    return out;
  }

 private slots:
  void initTestCase() { m_app = test::makeProductApp("product_option"); }

  void variantsAndOptionsOnTheirOwn() {
    const auto created = service().createProducts(bj::array{shirtInput("Own", "OW-")});
    const auto id = str(created.at(0), "id");
    expectError(errorOf([&] {
                  service().createProductVariants(bj::array{
                      bj::object{{"product_id", id},
                                 {"title", "Again"},
                                 {"options", bj::object{{"Size", "M"}, {"Color", "Blue"}}}}});
                }),
                ErrorType::InvalidData, "Variant (M / Blue) with provided options already exists.");
    service().createProductOptions(
        bj::array{bj::object{{"product_id", id}, {"title", "Fit"}, {"values", bj::array{"Slim"}}}});
    expectError(
        errorOf([&] {
          service().createProductVariants(bj::array{bj::object{
              {"product_id", id}, {"title", "Short"}, {"options", bj::object{{"Size", "S"}}}}});
        }),
        ErrorType::InvalidData,
        "Product has 3 but there were 1 provided option values for the variant: Short.");
    const auto variant = service().createProductVariants(bj::array{
        bj::object{{"product_id", id},
                   {"title", "Slim S Red"},
                   {"options", bj::object{{"Size", "S"}, {"Color", "Red"}, {"Fit", "Slim"}}}}});
    const auto variantId = str(variant.at(0), "id");
    const auto updated = service().updateProductVariants(
        bj::array{bj::object{{"id", variantId}, {"title", "Renamed"}}});
    QCOMPARE(str(updated.previous.at(0), "title"), std::string("Slim S Red"));
    QCOMPARE(str(service().retrieveProductVariant(variantId), "title"), std::string("Renamed"));
  }
  void optionValuesAreReplacedByValue() {
    const auto created = service().createProducts(bj::array{shirtInput("Values", "VA-")});
    const auto& options = created.at(0).at("options").as_array();
    const auto size =
        str(options.at(0), "title") == "Size" ? str(options.at(0), "id") : str(options.at(1), "id");
    QCOMPARE(valuesOf(size), std::string("M,S"));
    const auto result = service().updateProductOptions(
        bj::array{bj::object{{"id", size}, {"values", bj::array{"S", "XL"}}}});
    QCOMPARE(valuesOf(size), std::string("S,XL"));
    QCOMPARE(result.previous.at(0).at("values").as_array().size(), std::size_t(2));
    service().updateProductOptions(result.previous);
    QCOMPARE(valuesOf(size), std::string("M,S"));
    const auto affected = service().softDeleteProductOptions({size});
    QCOMPARE(affected.at("product_option_value").size(), std::size_t(2));
    expectError(errorOf([&] {
                  service().updateProductOptions(bj::array{bj::object{{"title", "x"}}});
                }),
                ErrorType::InvalidData, "Tried to update options without specifying an ID");
  }

  void updatesBySelectorAndRefusesUnknownIds() {
    service().createProducts(bj::array{bj::object{{"title", "Sel A"}, {"external_id", "ext-1"}},
                                       bj::object{{"title", "Sel B"}, {"external_id", "ext-1"}}});
    const auto result = service().updateProducts(bj::object{{"external_id", "ext-1"}},
                                                 bj::object{{"status", "published"}});
    QCOMPARE(result.rows.size(), std::size_t(2));
    QCOMPARE(str(result.rows.at(0), "status"), std::string("published"));
    QCOMPARE(str(result.previous.at(1), "status"), std::string("draft"));
    expectError(
        errorOf([&] {
          service().updateProducts(bj::array{bj::object{{"id", "prod_nope"}, {"title", "x"}}});
        }),
        ErrorType::NotFound, "Product with id: prod_nope was not found");
    const auto giftcard =
        service().createProducts(bj::array{bj::object{{"title", "Gift"}, {"is_giftcard", true}}});
    QCOMPARE(giftcard.at(0).at("discountable").as_bool(), false);
  }
};

QTEST_GUILESS_MAIN(ProductOptionTest)
#include "product_option_test.moc"
