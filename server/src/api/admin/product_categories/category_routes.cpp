// SPDX-License-Identifier: MIT
#include "api/admin/product_categories/category_routes.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "api/admin/product_categories/category_query.h"
#include "http/validation/body_schema.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/catalog/category/workflows/batch_link_products_to_category_workflow.h"
#include "workflows/catalog/category/workflows/create_product_categories_workflow.h"
#include "workflows/catalog/category/workflows/delete_product_categories_workflow.h"
#include "workflows/catalog/category/workflows/update_product_categories_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
namespace flows = server::workflows::catalog;
using http::validation::Schema;

// Medusa's admin product-category defaults and allow-list.
constexpr std::array<std::string_view, 13> kFields = {
    "id",         "name",       "description", "handle",           "is_active",
    "is_internal", "rank",      "parent_category_id", "created_at", "updated_at",
    "metadata",   "*parent_category", "*category_children"};
constexpr std::array<std::string_view, 15> kAllowed = {
    "id",         "name",       "description",        "handle",          "is_active",
    "is_internal", "rank",      "parent_category_id", "created_at",      "updated_at",
    "metadata",   "category_children", "parent_category", "products", "translations"};
// AdminProductCategoriesParams' filters.
constexpr std::array<std::string_view, 14> kFilters = {
    "q",          "id",         "description",  "handle",     "parent_category_id",
    "include_ancestors_tree", "include_descendants_tree", "is_internal", "is_active",
    "created_at", "updated_at", "deleted_at",   "$and",       "$or"};

const categories::CategoryReads kReads{
    .listConfig = http::QueryConfig::list(kFields).withAllowed(kAllowed).withDefaultLimit(50),
    .retrieveConfig = http::QueryConfig::retrieve(kFields).withAllowed(kAllowed),
    .filters = {.keys = kFilters},
    .forced = {}};

// AdminCreateProductCategory / AdminUpdateProductCategory (both .strict()).
Schema categorySchema(bool create) {
  auto name = Schema::string();
  return Schema::object({{"name", create ? name : name.optional()},
                         {"description", Schema::string().optional()},
                         {"handle", Schema::string().optional()},
                         {"is_internal", Schema::boolean().optional()},
                         {"is_active", Schema::boolean().optional()},
                         {"parent_category_id", Schema::string().nullable().optional()},
                         {"metadata", Schema::record().nullable().optional()},
                         {"rank", Schema::number().min(0).optional()}});
}

const Schema& createSchema() {
  static const Schema schema = categorySchema(true);
  return schema;
}

const Schema& updateSchema() {
  static const Schema schema = categorySchema(false);
  return schema;
}

const Schema& linkSchema() {  // createLinkBody()
  static const Schema schema =
      Schema::object({{"add", Schema::array(Schema::string()).optional()},
                      {"remove", Schema::array(Schema::string()).optional()}});
  return schema;
}

http::Response categoryResponse(const http::Request& req, const RouteScope& scope,
                                std::string_view id) {
  return http::Response::json(
      200, {{"product_category", categories::retrieveCategory(req, scope.query, kReads, id)}});
}

// 404 before a write, with the module's wording.
void requireCategory(const RouteScope& scope, const std::string& id) {
  retrieveOne(scope.query, "product_category", id, {"id"},
              notFoundMessage("Product category", id));
}

/// POST /admin/product-categories: create-product-categories, then `{product_category}`.
http::Response createCategory(const http::Request& req, const RouteScope& scope) {
  auto input = http::validation::parseBody(createSchema(), req.json());
  findParams(req, kReads.retrieveConfig);  // a bad `fields` fails before anything is written
  const auto created =
      scope.workflows.run(flows::createProductCategoriesWorkflow, bj::array{input}).value();
  return categoryResponse(req, scope, created.at(0).at("id").as_string());
}

/// POST /admin/product-categories/:id: update-product-categories (moves and re-ranks).
http::Response updateCategory(const http::Request& req, const RouteScope& scope) {
  auto input = http::validation::parseBody(updateSchema(), req.json());
  const std::string id(req.param("id"));
  requireCategory(scope, id);
  scope.workflows.run(flows::updateProductCategoriesWorkflow,
                      bj::object{{"selector", {{"id", id}}}, {"update", std::move(input)}});
  return categoryResponse(req, scope, id);
}

/// DELETE /admin/product-categories/:id: delete-product-categories (leaves only).
http::Response deleteCategory(const http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(flows::deleteProductCategoriesWorkflow, std::vector<std::string>{id});
  return deletedResponse(id, "product_category");
}

/// POST /admin/product-categories/:id/products: batch-link-products-to-category.
http::Response linkProducts(const http::Request& req, const RouteScope& scope) {
  auto input = http::validation::parseBody(linkSchema(), req.json());
  const std::string id(req.param("id"));
  requireCategory(scope, id);
  input["id"] = id;
  scope.workflows.run(flows::batchLinkProductsToCategoryWorkflow, input);
  return categoryResponse(req, scope, id);
}

}  // namespace

void registerAdminProductCategoryRoutes(http::Router& router, RouteScope scope) {
  const std::string path = "/admin/product-categories";
  router.get(path, [scope](http::Request& req) {
    return categories::listCategories(req, scope.query, kReads);
  });
  router.post(path, [scope](http::Request& req) { return createCategory(req, scope); });
  router.get(path + "/:id", [scope](http::Request& req) {
    return categoryResponse(req, scope, req.param("id"));
  });
  router.post(path + "/:id", [scope](http::Request& req) { return updateCategory(req, scope); });
  router.del(path + "/:id", [scope](http::Request& req) { return deleteCategory(req, scope); });
  router.post(path + "/:id/products",
              [scope](http::Request& req) { return linkProducts(req, scope); });
}

}  // namespace medusa::api
