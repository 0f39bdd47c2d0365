// SPDX-License-Identifier: MIT
// The location levels of inventory items: /admin/inventory-items/:id/location-levels* and the
// cross-item /admin/inventory-items/location-levels/batch.
#include <string>
#include <string_view>

#include "api/admin/inventory_items/inventory_item_routes.h"
#include "api/admin/inventory_items/inventory_route_support.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/inventory/workflows/batch_inventory_item_levels_workflow.h"
#include "workflows/inventory/workflows/bulk_create_delete_levels_workflow.h"
#include "workflows/inventory/workflows/create_inventory_levels_workflow.h"
#include "workflows/inventory/workflows/delete_inventory_levels_workflow.h"
#include "workflows/inventory/workflows/update_inventory_levels_workflow.h"

namespace medusa::api::inventory_routes {

namespace {

namespace bj = boost::json;
using http::validation::Schema;

// defaultAdminLocationLevelFields.
constexpr std::array<std::string_view, 10> kLevelFields = {
    "id",                "inventory_item_id", "location_id", "stocked_quantity",
    "reserved_quantity", "incoming_quantity", "available_quantity", "metadata",
    "created_at",        "updated_at"};
constexpr auto kListLevels = http::QueryConfig::list(kLevelFields).withDefaultLimit(50);
constexpr std::array<std::string_view, 3> kLevelFilters = {"location_id", "$and", "$or"};

// AdminUpdateInventoryLocationLevel (strict).
const Schema& updateLevelSchema() {
  static const Schema schema =
      Schema::object({{"stocked_quantity", Schema::number().min(0).optional()},
                      {"incoming_quantity", Schema::number().min(0).optional()}});
  return schema;
}

// The per-item batch: {create?, update?, delete?: location ids, force?}.
const Schema& itemBatchSchema() {
  static const Schema update = Schema::object({{"id", Schema::string().optional()},
                                               {"location_id", Schema::string()},
                                               {"stocked_quantity", Schema::number().min(0).optional()},
                                               {"incoming_quantity", Schema::number().min(0).optional()}})
                                   .strict();
  static const Schema schema = Schema::object({{"create", Schema::array(levelSchema()).optional()},
                                               {"update", Schema::array(update).optional()},
                                               {"delete", Schema::array(Schema::string()).optional()},
                                               {"force", Schema::boolean().optional()}});
  return schema;
}

// AdminBatchInventoryItemLevels: levels of any item.
const Schema& batchSchema() {
  static const Schema level =
      Schema::object({{"inventory_item_id", Schema::string()},
                      {"location_id", Schema::string()},
                      {"stocked_quantity", Schema::number().min(0).optional()},
                      {"incoming_quantity", Schema::number().min(0).optional()}});
  static const Schema schema = Schema::object({{"create", Schema::array(level).optional()},
                                               {"update", Schema::array(level).optional()},
                                               {"delete", Schema::array(Schema::string()).optional()},
                                               {"force", Schema::boolean().optional()}});
  return schema;
}

http::Response itemResponse(const RouteScope& scope, const http::Request& req,
                            std::string_view id) {
  return http::Response::json(200, {{"inventory_item", refetchItem(scope, req, id)}});
}

// Each entry of `list` (absent: none) with this item's id.
bj::array withItem(const bj::object& body, std::string_view key, std::string_view itemId) {
  bj::array out;
  if (const auto* list = body.if_contains(key); list && list->is_array()) {
    for (const auto& entry : list->get_array()) {
      auto row = entry.as_object();
      row["inventory_item_id"] = itemId;
      out.push_back(std::move(row));
    }
  }
  return out;
}

/// GET /admin/inventory-items/:id/location-levels: `{inventory_levels, count, offset, limit}`.
http::Response listLevels(const http::Request& req, const RouteScope& scope) {
  const auto params = findParams(req, kListLevels, {.keys = kLevelFilters});
  return listResponse(scope.query,
                      listQuery("inventory_level", params,
                                {{"inventory_item_id", req.param("id")}}),
                      "inventory_levels", params);
}

/// POST /admin/inventory-items/:id/location-levels: create-inventory-levels-workflow,
/// then `{inventory_item}`.
http::Response createLevel(const http::Request& req, const RouteScope& scope) {
  static const Schema schema = levelSchema();
  auto level = http::validation::parseBody(schema, req.json());
  (void)findParams(req, kRetrieveItem);
  const std::string id(req.param("id"));
  requireItem(scope, id);
  level["inventory_item_id"] = id;
  scope.workflows.run(server::workflows::createInventoryLevelsWorkflow,
                      bj::object{{"inventory_levels", bj::array{std::move(level)}}});
  return itemResponse(scope, req, id);
}

/// POST /admin/inventory-items/:id/location-levels/:location_id: `{inventory_item}`.
http::Response updateLevel(const http::Request& req, const RouteScope& scope) {
  auto update = http::validation::parseBody(updateLevelSchema(), req.json());
  (void)findParams(req, kRetrieveItem);
  const std::string id(req.param("id"));
  update["inventory_item_id"] = id;
  update["location_id"] = req.param("location_id");
  scope.workflows.run(server::workflows::updateInventoryLevelsWorkflow,
                      bj::object{{"updates", bj::array{std::move(update)}}});
  return itemResponse(scope, req, id);
}

/// DELETE /admin/inventory-items/:id/location-levels/:location_id: refused while the level
/// holds reservations; `{id, object: "inventory-level", deleted: true, parent: item}`.
http::Response deleteLevel(const http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("id"));
  const std::string locationId(req.param("location_id"));
  const auto levels = scope.query.graph(
      {.entity = "inventory_level",
       .fields = {"id", "reserved_quantity"},
       .filters = {{"inventory_item_id", id}, {"location_id", locationId}}});
  if (levels.rows.empty()) {
    throw Error(ErrorType::NotFound,
                "Item " + id + " is not stocked at location " + locationId);
  }
  const auto& level = levels.rows.front().as_object();
  if (level.at("reserved_quantity").to_number<double>() > 0) {
    throw Error(ErrorType::NotAllowed, "Cannot remove Inventory Level " + id + " at Location " +
                                           locationId + " because there are reservations at location");
  }
  const std::string levelId(level.at("id").as_string());
  scope.workflows.run(server::workflows::deleteInventoryLevelsWorkflow,
                      bj::object{{"ids", bj::array{bj::value(levelId)}}, {"force", true}});
  return deletedResponse(levelId, "inventory-level", refetchItem(scope, req, id));
}

/// POST /admin/inventory-items/:id/location-levels/batch {create, delete: location ids}:
/// bulk-create-delete-levels-workflow; answers `{inventory_item: {}}` as Medusa does.
http::Response batchItemLevels(const http::Request& req, const RouteScope& scope) {
  const auto body = http::validation::parseBody(itemBatchSchema(), req.json());
  const std::string id(req.param("id"));
  bj::array deletes;
  if (const auto* list = body.if_contains("delete"); list && list->is_array()) {
    for (const auto& location : list->get_array()) {
      deletes.push_back(bj::object{{"inventory_item_id", id}, {"location_id", location}});
    }
  }
  scope.workflows.run(server::workflows::bulkCreateDeleteLevelsWorkflow,
                      bj::object{{"creates", withItem(body, "create", id)},
                                 {"deletes", std::move(deletes)}});
  return http::Response::json(200, {{"inventory_item", bj::object{}}});
}

/// POST /admin/inventory-items/location-levels/batch: `{created, updated, deleted}`.
http::Response batchLevels(const http::Request& req, const RouteScope& scope) {
  const auto body = http::validation::parseBody(batchSchema(), req.json());
  const auto result =
      scope.workflows.run(server::workflows::batchInventoryItemLevelsWorkflow, body).value();
  return http::Response::json(200, result);
}

}  // namespace

void registerLevelRoutes(http::Router& router, RouteScope scope) {
  constexpr std::string_view kLevels = "/admin/inventory-items/:id/location-levels";
  constexpr std::string_view kLevel = "/admin/inventory-items/:id/location-levels/:location_id";
  router.post("/admin/inventory-items/location-levels/batch",
              [scope](http::Request& req) { return batchLevels(req, scope); });
  router.get(kLevels, [scope](http::Request& req) { return listLevels(req, scope); });
  router.post(kLevels, [scope](http::Request& req) { return createLevel(req, scope); });
  router.post("/admin/inventory-items/:id/location-levels/batch",
              [scope](http::Request& req) { return batchItemLevels(req, scope); });
  router.post(kLevel, [scope](http::Request& req) { return updateLevel(req, scope); });
  router.del(kLevel, [scope](http::Request& req) { return deleteLevel(req, scope); });
}

}  // namespace medusa::api::inventory_routes
