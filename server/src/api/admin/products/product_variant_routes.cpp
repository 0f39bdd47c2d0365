// SPDX-License-Identifier: MIT
// /admin/products/:id/variants[/batch|/:variant_id]: list, create, batch, retrieve, update,
// delete.
#include "api/admin/products/product_query_config.h"
#include "api/admin/products/product_response.h"
#include "api/admin/products/product_route_parts.h"
#include "api/admin/products/product_validators.h"
#include "api/common/find_query.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/product/workflows/batch_workflows.h"

namespace medusa::api::products {

namespace {

namespace bj = boost::json;
namespace wf = server::workflows::products;

/// GET /admin/products/:id/variants: `{variants, count, offset, limit}`, prices remapped.
http::Response listVariants(const http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, kListVariants, {.keys = kVariantFilters});
  params.filters = variantFilters(std::move(params.filters));
  auto result =
      scope.query.graph(listQuery("product_variant", params, {{"product_id", req.param("id")}}));
  for (auto& row : result.rows) remapVariant(row.as_object());
  return http::Response::json(200, {{"variants", std::move(result.rows)},
                                    {"count", result.count},
                                    {"offset", params.offset},
                                    {"limit", params.limit}});
}

/// POST /admin/products/:id/variants: create-product-variants, then the parent `{product}`.
http::Response createVariant(const http::Request& req, const RouteScope& scope) {
  auto input = parseProductBody(createVariantSchema(), req.json());
  const auto fields = findParams(req, kRetrieveProduct).fields;
  requireProduct(scope, req.param("id"));
  input.erase("additional_data");
  input["product_id"] = req.param("id");
  scope.workflows.run(wf::createProductVariantsWorkflow,
                      bj::object{{"product_variants", bj::array{input}}});
  return http::Response::json(200, {{"product", refetchProduct(scope, req.param("id"), fields)}});
}

// The variant of this product with `fields`, remapped; 404 in the module's wording.
bj::object variantOf(const RouteScope& scope, const http::Request& req,
                     const std::vector<std::string>& fields) {
  const auto id = req.param("variant_id");
  auto rows = scope.query
                  .graph({.entity = "product_variant",
                          .fields = fields,
                          .filters = {{"id", id}, {"product_id", req.param("id")}}})
                  .rows;
  if (rows.empty()) throw Error(ErrorType::NotFound, notFoundMessage("Product variant", id));
  auto variant = std::move(rows.front().as_object());
  remapVariant(variant);
  return variant;
}

/// GET /admin/products/:id/variants/:variant_id: `{variant}`.
http::Response getVariant(const http::Request& req, const RouteScope& scope) {
  const auto params = findParams(req, kRetrieveVariant);
  return http::Response::json(200, {{"variant", variantOf(scope, req, params.fields)}});
}

/// POST /admin/products/:id/variants/:variant_id: update-product-variants, then `{product}`.
http::Response updateVariant(const http::Request& req, const RouteScope& scope) {
  auto update = parseProductBody(updateVariantSchema(), req.json());
  const auto fields = findParams(req, kRetrieveProduct).fields;
  variantOf(scope, req, {"id"});
  update.erase("additional_data");
  update["id"] = req.param("variant_id");
  scope.workflows.run(wf::updateProductVariantsWorkflow,
                      bj::object{{"product_variants", bj::array{update}}});
  return http::Response::json(200, {{"product", refetchProduct(scope, req.param("id"), fields)}});
}

/// DELETE /admin/products/:id/variants/:variant_id: `{id, object: "variant", deleted, parent}`.
http::Response deleteVariant(const http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("variant_id"));
  const auto fields = findParams(req, kRetrieveProduct).fields;
  scope.workflows.run(wf::deleteProductVariantsWorkflow, bj::object{{"ids", bj::array{id}}});
  return deletedResponse(id, "variant", refetchProduct(scope, req.param("id"), fields));
}

/// POST /admin/products/:id/variants/batch: batch-product-variants, then `{created, updated,
/// deleted}` with the variants read back.
http::Response batchVariants(const http::Request& req, const RouteScope& scope) {
  auto input = parseProductBody(batchVariantsSchema(), req.json());
  const auto fields = findParams(req, kRetrieveVariant).fields;
  requireProduct(scope, req.param("id"));
  if (auto* created = input.if_contains("create")) {
    for (auto& variant : created->as_array()) variant.as_object()["product_id"] = req.param("id");
  }
  const auto result = scope.workflows.run(wf::batchProductVariantsWorkflow, input).value();
  return batchResponse(scope, "product_variant", "variant", result, fields);
}

}  // namespace

void registerVariantRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/products/:id/variants",
             [scope](http::Request& req) { return listVariants(req, scope); });
  router.post("/admin/products/:id/variants",
              [scope](http::Request& req) { return createVariant(req, scope); });
  router.post("/admin/products/:id/variants/batch",
              [scope](http::Request& req) { return batchVariants(req, scope); });
  router.get("/admin/products/:id/variants/:variant_id",
             [scope](http::Request& req) { return getVariant(req, scope); });
  router.post("/admin/products/:id/variants/:variant_id",
              [scope](http::Request& req) { return updateVariant(req, scope); });
  router.del("/admin/products/:id/variants/:variant_id",
             [scope](http::Request& req) { return deleteVariant(req, scope); });
}

}  // namespace medusa::api::products
