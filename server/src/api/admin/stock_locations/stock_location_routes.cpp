// SPDX-License-Identifier: MIT
#include "api/admin/stock_locations/stock_location_routes.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "api/admin/sales_channels/admin_route_support.h"
#include "api/common/find_query.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/stock_location/workflows/create_stock_locations_workflow.h"
#include "workflows/stock_location/workflows/delete_stock_locations_workflow.h"
#include "workflows/stock_location/workflows/link_sales_channels_to_stock_location_workflow.h"
#include "workflows/stock_location/workflows/update_stock_locations_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using http::validation::Schema;

// defaultAdminStockLocationFields.
constexpr std::array<std::string_view, 14> kFields = {
    "id",          "name",           "metadata",          "created_at",
    "updated_at",  "address.id",     "address.address_1", "address.address_2",
    "address.city", "address.country_code", "address.phone", "address.province",
    "address.postal_code", "address.metadata"};
constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
constexpr auto kList = http::QueryConfig::list(kFields);
// AdminGetStockLocationsParams' filters.
constexpr std::array<std::string_view, 10> kFilters = {
    "q",          "id",         "name", "address_id", "created_at",
    "updated_at", "deleted_at", "$and", "$or",        "sales_channel_id"};

// AdminUpsertStockLocationAddress.
Schema addressSchema() {
  const auto text = [] { return Schema::string().nullable().optional(); };
  return Schema::object({{"address_1", Schema::string()},
                         {"address_2", text()},
                         {"company", text()},
                         {"city", text()},
                         {"country_code", Schema::string()},
                         {"phone", text()},
                         {"postal_code", text()},
                         {"province", text()},
                         {"metadata", Schema::record().nullable().optional()}});
}

// AdminCreateStockLocation; AdminUpdateStockLocation makes `name` optional.
Schema locationSchema(bool create) {
  return Schema::object({{"name", create ? Schema::string() : Schema::string().optional()},
                         {"address", addressSchema().optional()},
                         {"address_id", Schema::string().nullable().optional()},
                         {"metadata", Schema::record().nullable().optional()}});
}

// Medusa's validator trims the name before checking it.
bj::object parseLocation(const http::Request& req, bool create) {
  static const Schema createSchema = locationSchema(true);
  static const Schema updateSchema = locationSchema(false);
  auto data = http::validation::parseBody(create ? createSchema : updateSchema, req.json());
  if (auto* name = data.if_contains("name"); name && name->is_string()) {
    constexpr std::string_view kSpace = " \t\r\n";
    const std::string_view text = name->get_string();
    const auto first = text.find_first_not_of(kSpace);
    *name = first == std::string_view::npos
                ? std::string()
                : std::string(text.substr(first, text.find_last_not_of(kSpace) - first + 1));
  }
  return data;
}

std::string notFound(std::string_view id) {
  return "Stock location with id: " + std::string(id) + " was not found";
}

http::Response locationResponse(const RouteScope& scope, const http::Request& req,
                                std::string_view id) {
  const auto params = findParams(req, kRetrieve);
  return http::Response::json(
      200, {{"stock_location",
             retrieveOne(scope.query, "stock_location", id, params.fields, notFound(id))}});
}

/// GET /admin/stock-locations: `{stock_locations, count, offset, limit}`.
http::Response listLocations(const http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, kList, {.keys = kFilters});
  admin_support::linkFilter(params.filters, "sales_channel_id", "sales_channels");
  return listResponse(scope.query, listQuery("stock_location", params), "stock_locations",
                      params);
}

/// POST /admin/stock-locations: create-stock-locations-workflow, then `{stock_location}`.
http::Response createLocation(const http::Request& req, const RouteScope& scope) {
  auto data = parseLocation(req, true);
  (void)findParams(req, kRetrieve);
  const auto created = scope.workflows
                           .run(server::workflows::createStockLocationsWorkflow,
                                bj::object{{"locations", bj::array{std::move(data)}}})
                           .value();
  return locationResponse(scope, req, created.at(0).at("id").as_string());
}

/// POST /admin/stock-locations/:id: partial update (address upserted), `{stock_location}`.
http::Response updateLocation(const http::Request& req, const RouteScope& scope) {
  auto update = parseLocation(req, false);
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  retrieveOne(scope.query, "stock_location", id, {"id"}, notFound(id));
  update["id"] = id;
  scope.workflows.run(server::workflows::updateStockLocationsWorkflow, bj::array{update});
  return locationResponse(scope, req, id);
}

/// DELETE /admin/stock-locations/:id: `{id, object: "stock_location", deleted: true}`.
http::Response deleteLocation(const http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::deleteStockLocationsWorkflow,
                      std::vector<std::string>{id});
  return deletedResponse(id, "stock_location");
}

/// POST /admin/stock-locations/:id/sales-channels {add, remove}: `{stock_location}`.
http::Response manageChannels(const http::Request& req, const RouteScope& scope) {
  auto body = http::validation::parseBody(admin_support::linkBodySchema(), req.json());
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  retrieveOne(scope.query, "stock_location", id, {"id"}, notFound(id));
  body["id"] = id;
  scope.workflows.run(server::workflows::linkSalesChannelsToStockLocationWorkflow, body);
  return locationResponse(scope, req, id);
}

}  // namespace

void registerAdminStockLocationRoutes(http::Router& router, RouteScope scope) {
  constexpr std::string_view kOne = "/admin/stock-locations/:id";
  router.get("/admin/stock-locations",
             [scope](http::Request& req) { return listLocations(req, scope); });
  router.post("/admin/stock-locations",
              [scope](http::Request& req) { return createLocation(req, scope); });
  router.get(kOne, [scope](http::Request& req) {
    return locationResponse(scope, req, req.param("id"));
  });
  router.post(kOne, [scope](http::Request& req) { return updateLocation(req, scope); });
  router.del(kOne, [scope](http::Request& req) { return deleteLocation(req, scope); });
  router.post("/admin/stock-locations/:id/sales-channels",
              [scope](http::Request& req) { return manageChannels(req, scope); });
}

}  // namespace medusa::api
