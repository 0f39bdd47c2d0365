// SPDX-License-Identifier: MIT
// The product module on a real database: nested creates read back through Query, handles,
// Medusa's validation messages, replace semantics of updates, soft-delete cascades, batching.
#include <QtTest>
#include <chrono>
#include <cstdio>

#include "product_test_support.h"

using namespace medusa;
namespace bj = boost::json;
using product::ProductModuleService;
using test::errorOf;
using test::expectError;
using test::js;
using test::str;

using test::shirtInput;

class ProductModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  ProductModuleService& service() { return m_app.services->resolve<ProductModuleService>(); }

  bj::object readProduct(const std::string& id, std::vector<std::string> fields,
                         bool withDeleted = false) {
    framework::GraphQuery query{.entity = "product", .fields = std::move(fields)};
    query.filters = {{"id", id}};
    query.withDeleted = withDeleted;
    auto rows = m_app.registry->query().graph(query).rows;
    if (rows.empty()) return {};
    return rows.front().as_object();
  }

 private slots:
  void initTestCase() { m_app = test::makeProductApp("product_module"); }

  void handlesFollowMedusa() {
    QCOMPARE(product::toHandle("The fan boy's club"), std::string("the-fan-boys-club"));
    QCOMPARE(product::toHandle("nouvelles années"), std::string("nouvelles-annees"));
    QCOMPARE(product::toHandle("25% de réduction"), std::string("25-de-reduction"));
    QCOMPARE(product::toHandle("user.product"), std::string("userproduct"));
    QCOMPARE(product::toHandle("_HELLO_WORLD"), std::string("-hello-world"));
    QCOMPARE(product::toHandle("hiphenated - title - __bold__"),
             std::string("hiphenated-title-bold-"));
    QCOMPARE(product::toHandle("Ærø Ça"), std::string("r-ca"));
    QCOMPARE(product::kebabCase("Summer Sale_2024"), std::string("summer-sale-2024"));
    QCOMPARE(product::kebabCase("fooBar"), std::string("foo-bar"));
    QVERIFY(product::isValidHandle("the-fan-boys-club"));
    QVERIFY(!product::isValidHandle("-first"));
  }

  void createsNestedProductReadableThroughQuery() {
    const auto tag = service().createProductTags(bj::array{js(R"({"value": "cotton"})")});
    const auto type = service().createProductTypes(bj::array{js(R"({"value": "shirt"})")});
    const auto collection =
        service().createProductCollections(bj::array{js(R"({"title": "Summer Sale"})")});
    QCOMPARE(str(collection.at(0), "handle"), std::string("summer-sale"));
    const auto category =
        service().createProductCategories(bj::array{js(R"({"name": "Men Shirts"})")});
    auto input = shirtInput("Crème Shirt", "CS-");
    input["tags"] = bj::array{bj::object{{"id", tag.at(0).at("id")}}};
    input["categories"] = bj::array{bj::object{{"id", category.at(0).at("id")}}};
    input["type_id"] = type.at(0).at("id");
    input["collection_id"] = collection.at(0).at("id");
    input["sales_channels"] = bj::array{};  // workflow-only: ignored here

    const auto created = service().createProducts(bj::array{input});
    const auto id = str(created.at(0), "id");
    QVERIFY(id.starts_with("prod_"));
    const auto product = readProduct(
        id, {"*", "*variants", "*variants.options", "variants.options.option.title", "*options",
             "*options.values", "*images", "*tags", "*type", "*collection", "*categories"});
    QCOMPARE(str(product, "handle"), std::string("creme-shirt"));
    QCOMPARE(str(product, "status"), std::string("draft"));
    QCOMPARE(str(product, "thumbnail"), std::string("/static/1.png"));
    QCOMPARE(product.at("discountable").as_bool(), true);
    QCOMPARE(product.at("options").as_array().size(), std::size_t(2));
    for (const auto& option : product.at("options").as_array()) {
      QVERIFY(str(option, "id").starts_with("opt_"));
      QCOMPARE(option.at("values").as_array().size(), std::size_t(2));
      QVERIFY(str(option.at("values").at(0), "id").starts_with("optval_"));
    }
    const auto& variants = product.at("variants").as_array();
    QCOMPARE(variants.size(), std::size_t(4));
    QCOMPARE(str(variants.at(0), "sku"), std::string("CS-SRed"));
    const auto& options = variants.at(0).at("options").as_array();
    QCOMPARE(options.size(), std::size_t(2));
    for (const auto& value : options) {
      const auto title = str(value.at("option"), "title");
      QCOMPARE(str(value, "value"), std::string(title == "Size" ? "S" : "Red"));
    }
    QCOMPARE(str(product.at("images").at(1), "url"), std::string("/static/2.png"));
    QCOMPARE(product.at("images").at(1).at("rank").as_int64(), std::int64_t(1));
    QVERIFY(str(product.at("images").at(0), "id").starts_with("img_"));
    QCOMPARE(str(product.at("tags").at(0), "value"), std::string("cotton"));
    QCOMPARE(str(product.at("type"), "value"), std::string("shirt"));
    QCOMPARE(str(product.at("collection"), "title"), std::string("Summer Sale"));
    QCOMPARE(str(product.at("categories").at(0), "name"), std::string("Men Shirts"));
  }

  void duplicateHandleAndSkuAreRefused() {
    service().createProducts(bj::array{js(R"({"title": "Dup", "handle": "dup-handle"})")});
    expectError(
        errorOf([&] {
          service().createProducts(bj::array{js(R"({"title": "Dup 2", "handle": "dup-handle"})")});
        }),
        ErrorType::InvalidData, "Product with handle: dup-handle, already exists.");
    service().createProducts(bj::array{shirtInput("Sku One", "DUP-")});
    expectError(
        errorOf([&] { service().createProducts(bj::array{shirtInput("Sku Two", "DUP-")}); }),
        ErrorType::InvalidData, "Product variant with sku: DUP-SRed, already exists.");
    expectError(
        errorOf([&] {
          service().createProducts(bj::array{js(R"({"title": "Bad", "handle": "Bad Handle"})")});
        }),
        ErrorType::InvalidData,
        "Invalid product handle 'Bad Handle'. It must contain URL safe characters");
  }

  void variantOptionsAreValidated() {
    auto unknown = shirtInput("Unknown Value", "UV-");
    unknown["variants"].as_array().at(0).as_object()["options"] =
        bj::object{{"Size", "XL"}, {"Color", "Red"}};
    expectError(errorOf([&] { service().createProducts(bj::array{unknown}); }),
                ErrorType::InvalidData, "Option value XL does not exist for option Size");

    auto twice = shirtInput("Twice", "TW-");
    twice["variants"].as_array().at(1).as_object()["options"] =
        bj::object{{"Size", "S"}, {"Color", "Red"}};
    expectError(errorOf([&] { service().createProducts(bj::array{twice}); }),
                ErrorType::InvalidData,
                "Variant \"S / Red\" has same combination of option values as \"S / Blue\".");

    auto missing = shirtInput("Missing", "MI-");
    missing["variants"].as_array().at(0).as_object()["options"] = bj::object{{"Size", "S"}};
    expectError(errorOf([&] { service().createProducts(bj::array{missing}); }),
                ErrorType::InvalidData,
                "Product \"Missing\" has variants with missing options: [S / Red]");

    expectError(errorOf([&] {
                  service().createProducts(
                      bj::array{js(R"({"title": "No Options", "variants": [{"title": "V"}]})")});
                }),
                ErrorType::InvalidData, "Product options are not provided for: [No Options].");
    // Nothing was half-written by the failed calls.
    const auto list = service().listAndCountProducts({.filters = {{"q", "Missing"}}});
    QCOMPARE(list.count, std::int64_t(0));
  }

  void updateReplacesNestedLists() {
    const auto created = service().createProducts(bj::array{shirtInput("Replace Me", "RM-")});
    const auto id = str(created.at(0), "id");
    const std::vector<std::string> fields{"*",        "*variants",       "*variants.options",
                                          "*options", "*options.values", "*images"};
    const auto before = readProduct(id, fields);
    const auto& oldVariants = before.at("variants").as_array();
    const auto keptId = str(oldVariants.at(0), "id");

    auto update =
        js(R"({"title": "Replaced", "options": [{"title": "Size", "values": ["S", "M", "L"]}, {"title": "Color", "values": ["Red"]}], "images": [{"url": "/static/new.png"}]})")
            .as_object();
    update["id"] = id;
    update["variants"] =
        bj::array{bj::object{{"id", keptId}, {"title", "Small red"}},
                  bj::object{{"title", "Large red"},
                             {"sku", "RM-LRed"},
                             {"options", bj::object{{"Size", "L"}, {"Color", "Red"}}}}};
    const auto result = service().updateProducts(bj::array{update});
    QCOMPARE(str(result.rows.at(0), "title"), std::string("Replaced"));
    QCOMPARE(str(result.previous.at(0), "title"), std::string("Replace Me"));
    QCOMPARE(result.previous.at(0).at("variants").as_array().size(), std::size_t(4));

    const auto after = readProduct(id, fields);
    const auto& variants = after.at("variants").as_array();
    QCOMPARE(variants.size(), std::size_t(2));
    QCOMPARE(str(variants.at(0), "id"), keptId);
    QCOMPARE(str(variants.at(0), "title"), std::string("Small red"));
    QCOMPARE(str(variants.at(1), "sku"), std::string("RM-LRed"));
    QCOMPARE(after.at("options").as_array().size(), std::size_t(2));
    for (const auto& option : after.at("options").as_array()) {
      const auto expected = str(option, "title") == "Size" ? 3u : 1u;
      QCOMPARE(option.at("values").as_array().size(), std::size_t(expected));
    }
    QCOMPARE(after.at("images").as_array().size(), std::size_t(1));
    QCOMPARE(str(after.at("images").at(0), "url"), std::string("/static/new.png"));

    // The previous values put everything back (what a compensation does).
    service().updateProducts(result.previous);
    const auto restored = readProduct(id, fields);
    QCOMPARE(str(restored, "title"), std::string("Replace Me"));
    QCOMPARE(restored.at("variants").as_array().size(), std::size_t(4));
    QCOMPARE(str(restored.at("variants").at(0), "title"), std::string("S / Red"));
    QCOMPARE(restored.at("images").as_array().size(), std::size_t(2));
  }

  void softDeleteCascadesAndRestores() {
    const auto created = service().createProducts(bj::array{shirtInput("Cascade", "CA-")});
    const auto id = str(created.at(0), "id");
    const auto affected = service().softDeleteProducts({id});
    QCOMPARE(affected.at("product_variant").size(), std::size_t(4));
    QCOMPARE(affected.at("product_option").size(), std::size_t(2));
    QCOMPARE(affected.at("product_option_value").size(), std::size_t(4));
    QCOMPARE(affected.at("product_image").size(), std::size_t(2));
    QVERIFY(readProduct(id, {"id"}).empty());
    const auto variants = service().listAndCountProductVariants({.filters = {{"product_id", id}}});
    QCOMPARE(variants.count, std::int64_t(0));
    // The skus are free again while the product is deleted; restoring clashes then.
    const auto reuse = service().createProducts(bj::array{shirtInput("Cascade 2", "CA-")});
    const auto clash = errorOf([&] { service().restoreProducts({id}); });
    QVERIFY(clash && clash->type() == ErrorType::InvalidData);
    service().deleteProducts({str(reuse.at(0), "id")});
    QVERIFY(readProduct(str(reuse.at(0), "id"), {"id"}, true).empty());
    service().restoreProducts({id});
    QCOMPARE(readProduct(id, {"*variants"}).at("variants").as_array().size(), std::size_t(4));
  }

  void createsManyProductsInFewStatements() {
    bj::array inputs;
    for (int i = 0; i < 200; ++i) {
      auto input =
          js(R"({"options": [{"title": "Size", "values": ["S", "M", "L"]}], "images": [{"url": "/static/a.png"}]})")
              .as_object();
      input["title"] = "Bulk product " + std::to_string(i);
      bj::array variants;
      for (const auto* size : {"S", "M", "L"}) {
        variants.push_back(bj::object{{"title", size},
                                      {"sku", "BULK-" + std::to_string(i) + "-" + size},
                                      {"options", bj::object{{"Size", size}}}});
      }
      input["variants"] = std::move(variants);
      inputs.push_back(std::move(input));
    }
    auto& sql = m_app.registry->query().sql();
    const auto before = sql.count();
    const auto start = std::chrono::steady_clock::now();
    const auto created = service().createProducts(inputs);
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const auto statements = sql.count() - before;
    std::printf("createProducts: 200 products x 3 variants in %llu statements, %.1f ms\n",
                static_cast<unsigned long long>(statements), ms);
    QCOMPARE(created.size(), std::size_t(200));
    QVERIFY2(statements <= 8, "one INSERT per table expected");
    const auto variants =
        service().listAndCountProductVariants({.filters = {{"sku", {{"$like", "BULK-%"}}}}});
    QCOMPARE(variants.count, std::int64_t(600));
  }
};

QTEST_GUILESS_MAIN(ProductModuleTest)
#include "product_module_test.moc"
