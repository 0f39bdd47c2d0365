// SPDX-License-Identifier: MIT
#include "api/admin/product_variants/product_variant_list_routes.h"

#include <array>
#include <string_view>

#include "api/admin/products/product_query_config.h"
#include "api/admin/products/product_response.h"
#include "api/common/find_query.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api {

namespace {

// Medusa's defaultAdminProductVariantFields (api/admin/product-variants/query-config.ts).
constexpr std::array<std::string_view, 26> kFields = {"id",
                                                      "title",
                                                      "sku",
                                                      "barcode",
                                                      "ean",
                                                      "upc",
                                                      "allow_backorder",
                                                      "manage_inventory",
                                                      "hs_code",
                                                      "origin_country",
                                                      "mid_code",
                                                      "material",
                                                      "weight",
                                                      "length",
                                                      "height",
                                                      "width",
                                                      "metadata",
                                                      "variant_rank",
                                                      "product_id",
                                                      "created_at",
                                                      "updated_at",
                                                      "*product",
                                                      "*prices",
                                                      "*options",
                                                      "prices.price_rules.value",
                                                      "prices.price_rules.attribute"};
constexpr auto kListConfig = http::QueryConfig::list(kFields).withDefaultLimit(50);

/// GET /admin/product-variants: `{variants, count, offset, limit}`.
http::Response listVariants(const http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, kListConfig, {.keys = products::kVariantFilters});
  params.filters = products::variantFilters(std::move(params.filters));
  auto result = scope.query.graph(listQuery("product_variant", params));
  for (auto& row : result.rows) products::remapVariant(row.as_object());
  return http::Response::json(200, {{"variants", std::move(result.rows)},
                                    {"count", result.count},
                                    {"offset", params.offset},
                                    {"limit", params.limit}});
}

}  // namespace

void registerAdminProductVariantRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/product-variants",
             [scope](http::Request& req) { return listVariants(req, scope); });
}

}  // namespace medusa::api
