// SPDX-License-Identifier: MIT
#include "api/admin/inventory_items/inventory_item_routes.h"

#include <string>
#include <string_view>
#include <vector>

#include "api/admin/inventory_items/inventory_route_support.h"
#include "api/admin/sales_channels/admin_route_support.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/inventory/workflows/create_inventory_items_workflow.h"
#include "workflows/inventory/workflows/delete_inventory_items_workflow.h"
#include "workflows/inventory/workflows/update_inventory_items_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using http::validation::Schema;
using namespace inventory_routes;

constexpr auto kList = http::QueryConfig::list(kItemFields);
// AdminGetInventoryItemsParams' filters.
constexpr std::array<std::string_view, 15> kFilters = {
    "q",      "id",     "sku",   "origin_country", "mid_code",        "hs_code", "material",
    "requires_shipping", "weight", "length", "height", "width", "location_levels", "$and", "$or"};

// AdminCreateInventoryItem / AdminUpdateInventoryItem (strict; only create takes levels).
Schema itemSchema(bool create) {
  const auto text = [] { return Schema::string().nullable().optional(); };
  const auto number = [] { return Schema::number().nullable().optional(); };
  auto schema = Schema::object({{"sku", text()},
                                {"hs_code", text()},
                                {"weight", number()},
                                {"length", number()},
                                {"height", number()},
                                {"width", number()},
                                {"origin_country", text()},
                                {"mid_code", text()},
                                {"material", text()},
                                {"title", text()},
                                {"description", text()},
                                {"requires_shipping", Schema::boolean().optional()},
                                {"thumbnail", text()},
                                {"metadata", Schema::record().nullable().optional()}});
  if (!create) return schema;
  return schema.extend({{"location_levels", Schema::array(levelSchema()).optional()}});
}

http::Response itemResponse(const RouteScope& scope, const http::Request& req,
                            std::string_view id) {
  return http::Response::json(200, {{"inventory_item", refetchItem(scope, req, id)}});
}

/// GET /admin/inventory-items: `{inventory_items, count, offset, limit}`.
http::Response listItems(const http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, kList, {.keys = kFilters});
  admin_support::booleanFilter(params.filters, "requires_shipping");
  return listResponse(scope.query, listQuery("inventory_item", params), "inventory_items",
                      params);
}

/// POST /admin/inventory-items: create-inventory-items-workflow (levels included), then
/// `{inventory_item}`.
http::Response createItem(const http::Request& req, const RouteScope& scope) {
  static const Schema schema = itemSchema(true);
  auto data = http::validation::parseBody(schema, req.json());
  (void)findParams(req, kRetrieveItem);
  const auto created = scope.workflows
                           .run(server::workflows::createInventoryItemsWorkflow,
                                bj::object{{"items", bj::array{std::move(data)}}})
                           .value();
  return itemResponse(scope, req, created.at(0).at("id").as_string());
}

/// POST /admin/inventory-items/:id: partial update, `{inventory_item}`.
http::Response updateItem(const http::Request& req, const RouteScope& scope) {
  static const Schema schema = itemSchema(false);
  auto update = http::validation::parseBody(schema, req.json());
  (void)findParams(req, kRetrieveItem);
  const std::string id(req.param("id"));
  requireItem(scope, id);
  update["id"] = id;
  scope.workflows.run(server::workflows::updateInventoryItemsWorkflow,
                      bj::object{{"updates", bj::array{std::move(update)}}});
  return itemResponse(scope, req, id);
}

/// DELETE /admin/inventory-items/:id: `{id, object: "inventory_item", deleted: true}`.
http::Response deleteItem(const http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::deleteInventoryItemWorkflow, std::vector<std::string>{id});
  return deletedResponse(id, "inventory_item");
}

}  // namespace

void registerAdminInventoryItemRoutes(http::Router& router, RouteScope scope) {
  constexpr std::string_view kOne = "/admin/inventory-items/:id";
  router.get("/admin/inventory-items",
             [scope](http::Request& req) { return listItems(req, scope); });
  router.post("/admin/inventory-items",
              [scope](http::Request& req) { return createItem(req, scope); });
  router.get(kOne, [scope](http::Request& req) { return itemResponse(scope, req, req.param("id")); });
  router.post(kOne, [scope](http::Request& req) { return updateItem(req, scope); });
  router.del(kOne, [scope](http::Request& req) { return deleteItem(req, scope); });
  inventory_routes::registerLevelRoutes(router, scope);
}

}  // namespace medusa::api
