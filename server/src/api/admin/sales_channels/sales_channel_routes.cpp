// SPDX-License-Identifier: MIT
#include "api/admin/sales_channels/sales_channel_routes.h"

#include <array>
#include <string>
#include <string_view>

#include "api/admin/sales_channels/admin_route_support.h"
#include "api/common/find_query.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/sales_channel/workflows/create_sales_channels_workflow.h"
#include "workflows/sales_channel/workflows/delete_sales_channels_workflow.h"
#include "workflows/sales_channel/workflows/link_products_to_sales_channel_workflow.h"
#include "workflows/sales_channel/workflows/update_sales_channels_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using http::validation::Schema;

// defaultAdminSalesChannelFields.
constexpr std::array<std::string_view, 8> kFields = {
    "id", "name", "description", "is_disabled", "created_at", "updated_at", "deleted_at",
    "metadata"};
constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
constexpr auto kList = http::QueryConfig::list(kFields);
// AdminGetSalesChannelsParams' filters.
constexpr std::array<std::string_view, 12> kFilters = {
    "q",          "id",         "name",       "description", "is_disabled", "created_at",
    "updated_at", "deleted_at", "$and",       "$or",         "location_id", "publishable_key_id"};

// AdminCreateSalesChannel; AdminUpdateSalesChannel makes `name` optional.
Schema channelSchema(bool create) {
  return Schema::object({{"name", create ? Schema::string() : Schema::string().optional()},
                         {"description", Schema::string().nullable().optional()},
                         {"is_disabled", Schema::boolean().optional()},
                         {"metadata", Schema::record().nullable().optional()}});
}

const Schema& createSchema() {
  static const Schema schema = channelSchema(true);
  return schema;
}

const Schema& updateSchema() {
  static const Schema schema = channelSchema(false);
  return schema;
}

http::Response channelResponse(const RouteScope& scope, const http::Request& req,
                               std::string_view id) {
  const auto params = findParams(req, kRetrieve);
  return http::Response::json(
      200, {{"sales_channel",
             retrieveOne(scope.query, "sales_channel", id, params.fields,
                         "Sales channel with id: " + std::string(id) + " not found")}});
}

// The POST routes answer 404 before running anything, with Medusa's wording.
void requireChannel(const RouteScope& scope, const std::string& id) {
  retrieveOne(scope.query, "sales_channel", id, {"id"},
              "Sales channel with id \"" + id + "\" not found");
}

/// GET /admin/sales-channels: `{sales_channels, count, offset, limit}`.
http::Response listChannels(const http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, kList, {.keys = kFilters});
  admin_support::booleanFilter(params.filters, "is_disabled");
  admin_support::linkFilter(params.filters, "location_id", "stock_locations");
  admin_support::linkFilter(params.filters, "publishable_key_id", "publishable_api_keys");
  return listResponse(scope.query, listQuery("sales_channel", params), "sales_channels", params);
}

/// POST /admin/sales-channels: create-sales-channels, then `{sales_channel}`.
http::Response createChannel(const http::Request& req, const RouteScope& scope) {
  auto data = http::validation::parseBody(createSchema(), req.json());
  (void)findParams(req, kRetrieve);
  const auto created =
      scope.workflows
          .run(server::workflows::createSalesChannelsWorkflow,
               bj::object{{"salesChannelsData", bj::array{std::move(data)}}})
          .value();
  return channelResponse(scope, req, created.at(0).at("id").as_string());
}

/// POST /admin/sales-channels/:id: partial update, `{sales_channel}`.
http::Response updateChannel(const http::Request& req, const RouteScope& scope) {
  auto update = http::validation::parseBody(updateSchema(), req.json());
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  requireChannel(scope, id);
  update["id"] = id;
  scope.workflows.run(server::workflows::updateSalesChannelsWorkflow, bj::array{update});
  return channelResponse(scope, req, id);
}

/// DELETE /admin/sales-channels/:id: `{id, object: "sales-channel", deleted: true}`.
http::Response deleteChannel(const http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::deleteSalesChannelsWorkflow, std::vector<std::string>{id});
  return deletedResponse(id, "sales-channel");
}

/// POST /admin/sales-channels/:id/products {add, remove}: `{sales_channel}`.
http::Response manageProducts(const http::Request& req, const RouteScope& scope) {
  auto body = http::validation::parseBody(admin_support::linkBodySchema(), req.json());
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  requireChannel(scope, id);
  body["id"] = id;
  scope.workflows.run(server::workflows::linkProductsToSalesChannelWorkflow, body);
  return channelResponse(scope, req, id);
}

}  // namespace

void registerAdminSalesChannelRoutes(http::Router& router, RouteScope scope) {
  constexpr std::string_view kOne = "/admin/sales-channels/:id";
  router.get("/admin/sales-channels",
             [scope](http::Request& req) { return listChannels(req, scope); });
  router.post("/admin/sales-channels",
              [scope](http::Request& req) { return createChannel(req, scope); });
  router.get(kOne, [scope](http::Request& req) {
    return channelResponse(scope, req, req.param("id"));
  });
  router.post(kOne, [scope](http::Request& req) { return updateChannel(req, scope); });
  router.del(kOne, [scope](http::Request& req) { return deleteChannel(req, scope); });
  router.post("/admin/sales-channels/:id/products",
              [scope](http::Request& req) { return manageProducts(req, scope); });
}

}  // namespace medusa::api
