// SPDX-License-Identifier: MIT
#include "api/admin/products/product_routes.h"

#include "api/admin/products/product_query_config.h"
#include "api/admin/products/product_response.h"
#include "api/admin/products/product_route_parts.h"
#include "api/admin/products/product_validators.h"
#include "api/common/find_query.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/product/workflows/batch_workflows.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
namespace wf = server::workflows::products;
using products::kListProducts;
using products::kRetrieveProduct;

/// GET /admin/products: `{products, count, offset, limit}`, variant prices remapped.
http::Response listProducts(const http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, kListProducts, {.keys = products::kProductFilters});
  params.filters = products::productFilters(std::move(params.filters));
  return listResponse(scope.query, listQuery("product", params), "products", params,
                      [](bj::array& rows) {
                        for (auto& row : rows) products::remapProduct(row.as_object());
                      });
}

/// GET /admin/products/:id: `{product}`; 404 `Product not found`.
http::Response getProduct(const http::Request& req, const RouteScope& scope) {
  return http::Response::json(200,
                              {{"product", products::refetchProduct(scope, req, req.param("id"))}});
}

/// POST /admin/products: create-products with one product, then `{product}`.
http::Response createProduct(const http::Request& req, const RouteScope& scope) {
  auto input = products::parseProductBody(products::createProductSchema(), req.json());
  const auto fields = findParams(req, kRetrieveProduct).fields;
  bj::object workflowInput{{"products", bj::array{input}}};
  if (auto* data = input.if_contains("additional_data")) {
    workflowInput["additional_data"] = *data;
    input.erase("additional_data");
    workflowInput["products"] = bj::array{input};
  }
  const auto created = scope.workflows.run(wf::createProductsWorkflow, workflowInput).value();
  const auto id = created.at(0).as_object().at("id").as_string();
  return http::Response::json(200, {{"product", products::refetchProduct(scope, id, fields)}});
}

/// POST /admin/products/:id: update-products (replace semantics), then `{product}`.
http::Response updateProduct(const http::Request& req, const RouteScope& scope) {
  auto update = products::parseProductBody(products::updateProductSchema(), req.json());
  const auto fields = findParams(req, kRetrieveProduct).fields;
  const std::string id(req.param("id"));
  products::requireProduct(scope, id);
  update.erase("additional_data");
  update["id"] = id;
  scope.workflows.run(wf::updateProductsWorkflow, bj::object{{"products", bj::array{update}}});
  return http::Response::json(200, {{"product", products::refetchProduct(scope, id, fields)}});
}

/// DELETE /admin/products/:id: delete-products, then `{id, object: "product", deleted}`.
http::Response deleteProduct(const http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(wf::deleteProductsWorkflow, bj::object{{"ids", bj::array{id}}});
  return deletedResponse(id, "product");
}

/// POST /admin/products/batch: batch-products, then `{created, updated, deleted}`.
http::Response batchProducts(const http::Request& req, const RouteScope& scope) {
  auto input = products::parseProductBody(products::batchProductsSchema(), req.json());
  const auto fields = findParams(req, kRetrieveProduct).fields;
  if (auto* updates = input.if_contains("update")) {
    for (auto& update : updates->as_array()) update.as_object().erase("additional_data");
  }
  const auto result = scope.workflows.run(wf::batchProductsWorkflow, input).value();
  return products::batchResponse(scope, "product", "product", result, fields);
}

}  // namespace

void registerAdminProductRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/products", [scope](http::Request& req) { return listProducts(req, scope); });
  router.post("/admin/products", [scope](http::Request& req) { return createProduct(req, scope); });
  router.post("/admin/products/batch",
              [scope](http::Request& req) { return batchProducts(req, scope); });
  router.get("/admin/products/:id", [scope](http::Request& req) { return getProduct(req, scope); });
  router.post("/admin/products/:id",
              [scope](http::Request& req) { return updateProduct(req, scope); });
  router.del("/admin/products/:id",
             [scope](http::Request& req) { return deleteProduct(req, scope); });
  products::registerOptionRoutes(router, scope);
  products::registerVariantRoutes(router, scope);
  products::registerVariantInventoryRoutes(router, scope);
}

}  // namespace medusa::api
