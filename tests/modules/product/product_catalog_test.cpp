// SPDX-License-Identifier: MIT
// The category tree (ranks, mpath, moves, deletes) and collection/category membership.
#include <QtTest>

#include "product_test_support.h"

using namespace medusa;
namespace bj = boost::json;
using product::ProductModuleService;
using test::errorOf;
using test::js;
using test::str;

class ProductCatalogTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  ProductModuleService& service() { return m_app.services->resolve<ProductModuleService>(); }

  std::string category(const std::string& name, const std::string& parent = {},
                       std::optional<int> rank = std::nullopt) {
    bj::object input{{"name", name}};
    if (!parent.empty()) input["parent_category_id"] = parent;
    if (rank) input["rank"] = *rank;
    return str(service().createProductCategories(bj::array{input}).at(0), "id");
  }

  // Children of `parent` (empty: roots) as "name@rank" in rank order.
  std::string siblings(const std::string& parent) {
    bj::object filters;
    filters["parent_category_id"] = parent.empty() ? bj::value(nullptr) : bj::value(parent);
    framework::GraphQuery query{
        .entity = "product_category", .fields = {"name", "rank"}, .filters = filters};
    query.pagination.order = framework::parseOrder("rank");
    std::string out;
    for (const auto& row : m_app.registry->query().graph(query).rows) {
      out += (out.empty() ? "" : ",") + str(row, "name") + "@" +
             std::to_string(row.at("rank").as_int64());
    }
    return out;
  }

  bj::object node(const std::string& id) { return service().retrieveProductCategory(id); }

 private slots:
  void initTestCase() { m_app = test::makeProductApp("product_catalog"); }

  void categoriesRankAndNest() {
    const auto a = category("A");
    const auto b = category("B");
    const auto c = category("C", {}, 0);  // inserted first: A and B move down
    QCOMPARE(siblings({}), std::string("C@0,A@1,B@2"));
    QCOMPARE(str(node(a), "handle"), std::string("a"));
    QCOMPARE(str(node(a), "description"), std::string(""));
    QCOMPARE(node(a).at("is_active").as_bool(), false);
    const auto a1 = category("A1", a);
    const auto a2 = category("A2", a, 99);  // clamped to the end
    QCOMPARE(siblings(a), std::string("A1@0,A2@1"));
    QCOMPARE(str(node(a1), "mpath"), a + "." + a1);
    const auto a11 = category("A11", a1);
    QCOMPARE(str(node(a11), "mpath"), a + "." + a1 + "." + a11);

    // Query resolves the tree, children in rank order.
    framework::GraphQuery query{.entity = "product_category",
                                .fields = {"name", "*category_children", "parent_category.name"}};
    query.filters = {{"id", a1}};
    const auto row = m_app.registry->query().graph(query).rows.at(0);
    QCOMPARE(str(row.at("parent_category"), "name"), std::string("A"));
    QCOMPARE(str(row.at("category_children").at(0), "name"), std::string("A11"));

    // Reorder among siblings.
    service().updateProductCategories(bj::array{bj::object{{"id", b}, {"rank", 0}}});
    QCOMPARE(siblings({}), std::string("B@0,C@1,A@2"));
    service().updateProductCategories(bj::array{bj::object{{"id", b}, {"rank", 2}}});
    QCOMPARE(siblings({}), std::string("C@0,A@1,B@2"));

    // Move A1 (with A11) under B at rank 0; A's children close the gap.
    const auto moved = service().updateProductCategories(
        bj::array{bj::object{{"id", a1}, {"parent_category_id", b}}});
    QCOMPARE(str(moved.previous.at(0), "parent_category_id"), a);
    QCOMPARE(siblings(a), std::string("A2@0"));
    QCOMPARE(siblings(b), std::string("A1@0"));
    QCOMPARE(str(node(a1), "mpath"), b + "." + a1);
    QCOMPARE(str(node(a11), "mpath"), b + "." + a1 + "." + a11);

    // A category cannot go under itself or its own descendant; unknown parents are refused.
    auto error = errorOf([&] {
      service().updateProductCategories(
          bj::array{bj::object{{"id", a1}, {"parent_category_id", a11}}});
    });
    QVERIFY(error && error->type() == ErrorType::InvalidData);
    error = errorOf([&] { category("Orphan", "pcat_missing"); });
    QVERIFY(error && error->type() == ErrorType::InvalidArgument);
    QCOMPARE(error->message(),
             std::string("Parent category with id: 'pcat_missing' does not exist"));

    // Back to the root at rank 1.
    service().updateProductCategories(
        bj::array{bj::object{{"id", a1}, {"parent_category_id", nullptr}, {"rank", 1}}});
    QCOMPARE(siblings({}), std::string("C@0,A1@1,A@2,B@3"));
    QCOMPARE(str(node(a11), "mpath"), a1 + "." + a11);
    QVERIFY(node(a1).at("parent_category_id").is_null());

    // Delete: a parent is refused, a leaf closes its gap, restore puts it back.
    error = errorOf([&] { service().softDeleteProductCategories({a1}); });
    QVERIFY(error && error->type() == ErrorType::NotAllowed);
    QCOMPARE(error->message(),
             "Deleting ProductCategory (" + a1 + ") with category children is not allowed");
    service().softDeleteProductCategories({c});
    QCOMPARE(siblings({}), std::string("A1@0,A@1,B@2"));
    service().restoreProductCategories({c});
    QCOMPARE(siblings({}), std::string("C@0,A1@1,A@2,B@3"));
    service().deleteProductCategories({a2});
    QCOMPARE(siblings(a), std::string(""));
  }

  void duplicateCategoryHandle() {
    category("Unique Name");
    const auto error = errorOf([&] { category("Unique Name"); });
    QVERIFY(error && error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(),
             std::string("Product category with handle: unique-name, already exists."));
  }

  void collectionAndCategoryMembership() {
    const auto products = service().createProducts(
        bj::array{js(R"({"title": "Member One"})"), js(R"({"title": "Member Two"})")});
    const std::vector<std::string> ids{str(products.at(0), "id"), str(products.at(1), "id")};
    const auto collection = str(
        service().createProductCollections(bj::array{js(R"({"title": "Winter"})")}).at(0), "id");
    const auto previous = service().addProductsToCollection(collection, ids);
    QCOMPARE(previous.size(), std::size_t(2));
    QVERIFY(previous.at(0).at("collection_id").is_null());

    framework::GraphQuery query{.entity = "product_collection", .fields = {"title", "products.id"}};
    query.filters = {{"id", collection}};
    auto row = m_app.registry->query().graph(query).rows.at(0);
    QCOMPARE(row.at("products").as_array().size(), std::size_t(2));

    service().removeProductsFromCollection(collection, {ids[0]});
    row = m_app.registry->query().graph(query).rows.at(0);
    QCOMPARE(row.at("products").as_array().size(), std::size_t(1));
    service().restoreProductCollectionIds(previous);
    row = m_app.registry->query().graph(query).rows.at(0);
    QCOMPARE(row.at("products").as_array().size(), std::size_t(0));
    const auto missing = errorOf([&] { service().addProductsToCollection("pcol_nope", ids); });
    QVERIFY(missing && missing->type() == ErrorType::NotFound);

    const auto cat = category("Members");
    service().addProductsToCategory(cat, ids);
    service().addProductsToCategory(cat, ids);  // idempotent
    framework::GraphQuery byCategory{.entity = "product_category", .fields = {"products.title"}};
    byCategory.filters = {{"id", cat}};
    QCOMPARE(m_app.registry->query().graph(byCategory).rows.at(0).at("products").as_array().size(),
             std::size_t(2));
    service().removeProductsFromCategory(cat, {ids[1]});
    QCOMPARE(m_app.registry->query().graph(byCategory).rows.at(0).at("products").as_array().size(),
             std::size_t(1));
  }

  void tagsAndTypesAreUniqueByValue() {
    service().createProductTags(bj::array{js(R"({"value": "eco"})")});
    auto error =
        errorOf([&] { service().createProductTags(bj::array{js(R"({"value": "eco"})")}); });
    QVERIFY(error && error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(), std::string("Product tag with value: eco, already exists."));
    const auto type = service().createProductTypes(bj::array{js(R"({"value": "pants"})")});
    const auto updated = service().updateProductTypes(
        bj::array{bj::object{{"id", type.at(0).at("id")}, {"value", "trousers"}}});
    QCOMPARE(str(updated.rows.at(0), "value"), std::string("trousers"));
    QCOMPARE(str(updated.previous.at(0), "value"), std::string("pants"));
  }
};

QTEST_GUILESS_MAIN(ProductCatalogTest)
#include "product_catalog_test.moc"
