// SPDX-License-Identifier: MIT
#include "api/store/product_categories/store_category_routes.h"

#include <array>
#include <string_view>

#include "api/admin/product_categories/category_query.h"

namespace medusa::api {

namespace {

// Medusa's store product-category defaults (no allow-list).
constexpr std::array<std::string_view, 11> kFields = {
    "id",         "name",       "description", "handle",           "rank",
    "parent_category_id", "created_at", "updated_at", "metadata", "*parent_category",
    "*category_children"};
// What `fields` may reach: the tree around a category (active, public ones only) and its
// products as the store shows them, two levels deep as storefronts ask for breadcrumbs.
constexpr std::array<std::string_view, 7> kRelations = {
    "parent_category", "parent_category.parent_category", "category_children",
    "category_children.category_children", "products", "category_children.products",
    "parent_category.category_children"};
// StoreProductCategoriesParams' filters.
constexpr std::array<std::string_view, 13> kFilters = {
    "q",          "id",         "name",        "description", "handle",
    "parent_category_id", "include_ancestors_tree", "include_descendants_tree",
    "created_at", "updated_at", "deleted_at",  "$and",        "$or"};

// applyCategoryFilters: the store never sees inactive or internal categories.
const categories::CategoryReads kReads{
    .listConfig = http::QueryConfig::list(kFields).withDefaultLimit(50),
    .retrieveConfig = http::QueryConfig::retrieve(kFields),
    .filters = {.keys = kFilters, .store = true},
    .forced = {{"is_active", true}, {"is_internal", false}},
    .storeRelations = kRelations};

}  // namespace

void registerStoreProductCategoryRoutes(http::Router& router, RouteScope scope) {
  router.get("/store/product-categories", [scope](http::Request& req) {
    return categories::listCategories(req, scope.query, kReads);
  });
  router.get("/store/product-categories/:id", [scope](http::Request& req) {
    return http::Response::json(
        200, {{"product_category",
               categories::retrieveCategory(req, scope.query, kReads, req.param("id"))}});
  });
}

}  // namespace medusa::api
