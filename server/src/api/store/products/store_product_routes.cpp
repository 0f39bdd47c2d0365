// SPDX-License-Identifier: MIT
#include "api/store/products/store_product_routes.h"

#include <array>
#include <string_view>

#include "api/common/find_query.h"
#include "api/store/products/store_product_context.h"
#include "http/router.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;

// Medusa's defaultStoreProductFields.
constexpr std::array<std::string_view, 28> kProductFields = {
    "id",          "title",       "subtitle",   "description",  "handle",
    "is_giftcard", "discountable", "thumbnail", "collection_id", "type_id",
    "weight",      "length",      "height",     "width",        "hs_code",
    "origin_country", "mid_code", "material",   "created_at",   "updated_at",
    "*type",       "*collection", "*options",   "*options.values", "*tags",
    "*images",     "*variants",   "*variants.options"};
constexpr auto kListConfig = http::QueryConfig::list(kProductFields).withDefaultLimit(50);
constexpr auto kRetrieveConfig = http::QueryConfig::retrieve(kProductFields);
// StoreGetProductsParams' keys: filters plus the pricing context.
constexpr std::array<std::string_view, 22> kListFilters = {
    "q",           "id",         "handle",     "title",       "is_giftcard", "category_id",
    "collection_id", "tag_id",   "type_id",    "external_id", "sales_channel_id",
    "created_at",  "updated_at", "deleted_at", "variants",    "$and",        "$or",
    "region_id",   "country_code", "province", "cart_id",     "currency_code"};
constexpr std::array<std::string_view, 5> kRetrieveFilters = {
    "region_id", "country_code", "province", "cart_id", "currency_code"};

/// GET /store/products: `{products, count, offset, limit}`.
http::Response listProducts(const http::Request& req, const RouteScope& scope) {
  const auto params = findParams(req, kListConfig, {.keys = kListFilters, .store = true});
  return listResponse(scope.query, storeProductQuery(scope.query, req, params), "products",
                      params);
}

/// GET /store/products/:id: `{product}`; 404 also when unpublished or outside the key's
/// sales channels.
http::Response getProduct(const http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, kRetrieveConfig, {.keys = kRetrieveFilters, .store = true});
  const std::string id(req.param("id"));
  params.filters["id"] = id;
  auto graph = storeProductQuery(scope.query, req, params);
  graph.pagination = {};
  graph.count = false;
  auto result = scope.query.graph(graph);
  if (result.rows.empty()) {
    throw Error(ErrorType::NotFound, notFoundMessage("Product", id));
  }
  return http::Response::json(200, {{"product", std::move(result.rows.front())}});
}

}  // namespace

void registerStoreProductRoutes(http::Router& router, RouteScope scope) {
  router.get("/store/products", [scope](http::Request& req) { return listProducts(req, scope); });
  router.get("/store/products/:id",
             [scope](http::Request& req) { return getProduct(req, scope); });
}

}  // namespace medusa::api
