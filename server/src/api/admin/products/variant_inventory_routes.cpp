// SPDX-License-Identifier: MIT
// /admin/products/:id/variants/:variant_id/inventory-items[/:inventory_item_id]: link an
// inventory item to a variant, change its required quantity, unlink it.
#include "api/admin/products/product_query_config.h"
#include "api/admin/products/product_response.h"
#include "api/admin/products/product_route_parts.h"
#include "api/admin/products/product_validators.h"
#include "api/common/find_query.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/product/product_workflow_support.h"
#include "workflows/product/workflows/variant_inventory_link_workflows.h"

namespace medusa::api::products {

namespace {

namespace bj = boost::json;
namespace wf = server::workflows::products;

bj::object inventoryLink(std::string_view variantId, std::string_view itemId) {
  return wf::linkOf("product", "variant_id", variantId, "inventory", "inventory_item_id", itemId);
}

// The variant read back with the request's fields (variant defaults), remapped.
bj::object refetchVariant(const RouteScope& scope, const http::Request& req) {
  const auto fields = findParams(req, kRetrieveVariant).fields;
  auto variant = retrieveOne(scope.query, "product_variant", req.param("variant_id"), fields,
                             notFoundMessage("Product variant", req.param("variant_id")));
  remapVariant(variant);
  return variant;
}

/// POST …/inventory-items {inventory_item_id, required_quantity}: create-link, `{variant}`.
http::Response linkItem(const http::Request& req, const RouteScope& scope) {
  const auto input = http::validation::parseBody(createVariantInventoryItemSchema(), req.json());
  refetchVariant(scope, req);
  scope.workflows.run(wf::createLinksWorkflow,
                      bj::array{wf::inventoryLinkPair(req.param("variant_id"),
                                                      input.at("inventory_item_id").as_string(),
                                                      input.at("required_quantity"))});
  return http::Response::json(200, {{"variant", refetchVariant(scope, req)}});
}

/// POST …/inventory-items/:inventory_item_id {required_quantity}: the link's quantity,
/// `{variant}`.
http::Response updateItem(const http::Request& req, const RouteScope& scope) {
  const auto input = http::validation::parseBody(updateVariantInventoryItemSchema(), req.json());
  refetchVariant(scope, req);
  scope.workflows.run(
      wf::createLinksWorkflow,
      bj::array{wf::inventoryLinkPair(req.param("variant_id"), req.param("inventory_item_id"),
                                      input.at("required_quantity"))});
  return http::Response::json(200, {{"variant", refetchVariant(scope, req)}});
}

/// DELETE …/inventory-items/:inventory_item_id: dismiss-link, `{id, object:
/// "variant-inventory-item-link", deleted, parent: variant}`.
http::Response unlinkItem(const http::Request& req, const RouteScope& scope) {
  const auto removed =
      scope.workflows
          .run(wf::dismissLinksWorkflow,
               bj::array{inventoryLink(req.param("variant_id"), req.param("inventory_item_id"))})
          .value();
  bj::object body{{"id", removed.empty() ? bj::value(nullptr) : removed.front()},
                  {"object", "variant-inventory-item-link"},
                  {"deleted", true},
                  {"parent", refetchVariant(scope, req)}};
  return http::Response::json(200, body);
}

}  // namespace

void registerVariantInventoryRoutes(http::Router& router, RouteScope scope) {
  router.post("/admin/products/:id/variants/:variant_id/inventory-items",
              [scope](http::Request& req) { return linkItem(req, scope); });
  router.post("/admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
              [scope](http::Request& req) { return updateItem(req, scope); });
  router.del("/admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
             [scope](http::Request& req) { return unlinkItem(req, scope); });
}

}  // namespace medusa::api::products
