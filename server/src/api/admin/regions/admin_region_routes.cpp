// SPDX-License-Identifier: MIT
#include "api/admin/regions/admin_region_routes.h"

#include <array>
#include <string>
#include <string_view>

#include "api/common/find_query.h"
#include "http/validation/body_schema.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/region/workflows/create_regions_workflow.h"
#include "workflows/region/workflows/delete_regions_workflow.h"
#include "workflows/region/workflows/update_regions_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using http::validation::Schema;

// defaultAdminRegionFields.
constexpr std::array<std::string_view, 9> kFields = {
    "id",         "name",       "currency_code",   "created_at", "updated_at",
    "deleted_at", "automatic_taxes", "metadata", "*countries"};
constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
constexpr auto kList = http::QueryConfig::list(kFields).withDefaultLimit(50);
// AdminGetRegionsParams' filters.
constexpr std::array<std::string_view, 9> kFilters = {
    "q", "id", "currency_code", "name", "created_at", "updated_at", "deleted_at", "$and", "$or"};

// AdminCreateRegion / AdminUpdateRegion: the same keys, only name and currency_code required
// on create. payment_providers are checked by the workflow.
Schema regionSchema(bool create) {
  const auto required = [create](Schema schema) { return create ? schema : schema.optional(); };
  return Schema::object({{"name", required(Schema::string())},
                         {"currency_code", required(Schema::string())},
                         {"countries", Schema::array(Schema::string()).optional()},
                         {"automatic_taxes", Schema::boolean().optional()},
                         {"is_tax_inclusive", Schema::boolean().optional()},
                         {"payment_providers", Schema::array(Schema::string()).optional()},
                         {"metadata", Schema::record().nullable().optional()}});
}

const Schema& createSchema() {
  static const Schema schema = regionSchema(true);
  return schema;
}

const Schema& updateSchema() {
  static const Schema schema = regionSchema(false);
  return schema;
}

bj::object refetchRegion(const framework::QueryEngine& query, const http::Request& req,
                         std::string_view id) {
  const auto params = findParams(req, kRetrieve);
  return retrieveOne(query, "region", id, params.fields,
                     "Region with id: " + std::string(id) + " not found");
}

http::Response regionResponse(const framework::QueryEngine& query, const http::Request& req,
                              std::string_view id) {
  return http::Response::json(200, {{"region", refetchRegion(query, req, id)}});
}

/// GET /admin/regions: `{regions, count, offset, limit}`.
http::Response listRegions(const http::Request& req, const framework::QueryEngine& query) {
  const auto params = findParams(req, kList, {.keys = kFilters});
  return listResponse(query, listQuery("region", params), "regions", params);
}

/// POST /admin/regions: create-regions, then `{region}`.
http::Response createRegion(const http::Request& req, RouteScope scope) {
  findParams(req, kRetrieve);  // a bad `fields` is a 400 before anything is written
  const auto input = http::validation::parseBody(createSchema(), req.json());
  const auto regions =
      scope.workflows.run(server::workflows::createRegionsWorkflow, bj::array{input}).value();
  return regionResponse(scope.query, req, regions.at(0).at("id").as_string());
}

/// POST /admin/regions/:id: update-regions, then `{region}`; 404 for an unknown id.
http::Response updateRegion(const http::Request& req, RouteScope scope) {
  findParams(req, kRetrieve);
  const auto update = http::validation::parseBody(updateSchema(), req.json());
  const std::string id(req.param("id"));
  retrieveOne(scope.query, "region", id, {"id"}, "Region with id \"" + id + "\" not found");
  scope.workflows.run(server::workflows::updateRegionsWorkflow,
                      bj::object{{"selector", {{"id", id}}}, {"update", update}});
  return regionResponse(scope.query, req, id);
}

/// DELETE /admin/regions/:id: delete-regions (an unknown id deletes nothing, as in Medusa).
http::Response deleteRegion(const http::Request& req, RouteScope scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::deleteRegionsWorkflow, std::vector<std::string>{id});
  return deletedResponse(id, "region");
}

}  // namespace

void registerAdminRegionRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/regions",
             [scope](http::Request& req) { return listRegions(req, scope.query); });
  router.post("/admin/regions", [scope](http::Request& req) { return createRegion(req, scope); });
  router.get("/admin/regions/:id",
             [scope](http::Request& req) { return regionResponse(scope.query, req, req.param("id")); });
  router.post("/admin/regions/:id",
              [scope](http::Request& req) { return updateRegion(req, scope); });
  router.del("/admin/regions/:id",
             [scope](http::Request& req) { return deleteRegion(req, scope); });
}

}  // namespace medusa::api
