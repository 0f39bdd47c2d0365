// SPDX-License-Identifier: MIT
// /admin/products/:id/options[/:option_id]: list, create, retrieve, update, delete.
#include "api/admin/products/product_query_config.h"
#include "api/admin/products/product_response.h"
#include "api/admin/products/product_route_parts.h"
#include "api/admin/products/product_validators.h"
#include "api/common/find_query.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/product/workflows/product_option_workflows.h"

namespace medusa::api::products {

namespace {

namespace bj = boost::json;
namespace wf = server::workflows::products;

/// GET /admin/products/:id/options: `{product_options, count, offset, limit}`.
http::Response listOptions(const http::Request& req, const RouteScope& scope) {
  const auto params = findParams(req, kListOptions, {.keys = kOptionFilters});
  return listResponse(scope.query,
                      listQuery("product_option", params, {{"product_id", req.param("id")}}),
                      "product_options", params);
}

/// POST /admin/products/:id/options: create-product-options, then the parent `{product}`.
http::Response createOption(const http::Request& req, const RouteScope& scope) {
  auto input = http::validation::parseBody(createOptionSchema(), req.json());
  const auto fields = findParams(req, kRetrieveProduct).fields;
  input.erase("additional_data");
  input["product_id"] = req.param("id");
  scope.workflows.run(wf::createProductOptionsWorkflow,
                      bj::object{{"product_options", bj::array{input}}});
  return http::Response::json(200, {{"product", refetchProduct(scope, req.param("id"), fields)}});
}

// The option of this product, or 404 in Query's wording.
void requireOption(const RouteScope& scope, const http::Request& req) {
  const auto id = req.param("option_id");
  const auto rows = scope.query
                        .graph({.entity = "product_option",
                                .fields = {"id"},
                                .filters = {{"id", id}, {"product_id", req.param("id")}}})
                        .rows;
  if (rows.empty()) throw Error(ErrorType::NotFound, notFoundMessage("Product option", id));
}

/// GET /admin/products/:id/options/:option_id: `{product_option}`.
http::Response getOption(const http::Request& req, const RouteScope& scope) {
  const auto params = findParams(req, kRetrieveOption);
  requireOption(scope, req);
  return http::Response::json(
      200, {{"product_option", retrieveOne(scope.query, "product_option", req.param("option_id"),
                                           params.fields, "Product option not found")}});
}

/// POST /admin/products/:id/options/:option_id: update-product-options, then `{product}`.
http::Response updateOption(const http::Request& req, const RouteScope& scope) {
  auto update = http::validation::parseBody(updateOptionSchema(), req.json());
  const auto fields = findParams(req, kRetrieveProduct).fields;
  requireOption(scope, req);
  update.erase("additional_data");
  update["id"] = req.param("option_id");
  scope.workflows.run(wf::updateProductOptionsWorkflow,
                      bj::object{{"product_options", bj::array{update}}});
  return http::Response::json(200, {{"product", refetchProduct(scope, req.param("id"), fields)}});
}

/// DELETE /admin/products/:id/options/:option_id: `{id, object: "product_option", deleted,
/// parent}` (the parent not remapped, as in Medusa).
http::Response deleteOption(const http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("option_id"));
  const auto fields = findParams(req, kRetrieveProduct).fields;
  scope.workflows.run(wf::deleteProductOptionsWorkflow, bj::object{{"ids", bj::array{id}}});
  auto parent = retrieveOne(scope.query, "product", req.param("id"), fields, "Product not found");
  return deletedResponse(id, "product_option", std::move(parent));
}

}  // namespace

void registerOptionRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/products/:id/options",
             [scope](http::Request& req) { return listOptions(req, scope); });
  router.post("/admin/products/:id/options",
              [scope](http::Request& req) { return createOption(req, scope); });
  router.get("/admin/products/:id/options/:option_id",
             [scope](http::Request& req) { return getOption(req, scope); });
  router.post("/admin/products/:id/options/:option_id",
              [scope](http::Request& req) { return updateOption(req, scope); });
  router.del("/admin/products/:id/options/:option_id",
             [scope](http::Request& req) { return deleteOption(req, scope); });
}

}  // namespace medusa::api::products
