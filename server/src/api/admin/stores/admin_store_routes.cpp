// SPDX-License-Identifier: MIT
#include "api/admin/stores/admin_store_routes.h"

#include <array>
#include <string>
#include <string_view>

#include "api/common/find_query.h"
#include "http/validation/body_schema.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/store/workflows/update_stores_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using http::validation::Schema;

// defaultAdminStoreFields.
constexpr std::array<std::string_view, 10> kFields = {
    "id",         "name",       "*supported_currencies", "*supported_currencies.currency",
    "default_sales_channel_id", "default_region_id",     "default_location_id",
    "metadata",   "created_at", "updated_at"};
constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
constexpr auto kList = http::QueryConfig::list(kFields).withDefaultLimit(50);
// AdminGetStoresParams' filters.
constexpr std::array<std::string_view, 5> kFilters = {"q", "id", "name", "$and", "$or"};

// AdminUpdateStore.
const Schema& updateSchema() {
  static const Schema schema = Schema::object(
      {{"name", Schema::string().optional()},
       {"supported_currencies",
        Schema::array(Schema::object({{"currency_code", Schema::string()},
                                      {"is_default", Schema::boolean().optional()},
                                      {"is_tax_inclusive", Schema::boolean().optional()}}))
            .optional()},
       {"default_sales_channel_id", Schema::string().nullable().optional()},
       {"default_region_id", Schema::string().nullable().optional()},
       {"default_location_id", Schema::string().nullable().optional()},
       {"metadata", Schema::record().nullable().optional()}});
  return schema;
}

// The store with `fields`, as Medusa's remote query answers it: an unknown id gives no row,
// and the route then answers `{}` (its `store` is undefined), not a 404.
bj::object storeEnvelope(const framework::QueryEngine& query, const http::Request& req,
                         std::string_view id) {
  const auto params = findParams(req, kRetrieve);
  auto result = query.graph(
      {.entity = "store", .fields = params.fields, .filters = bj::object{{"id", id}}});
  if (result.rows.empty()) return {};
  return {{"store", std::move(result.rows.front())}};
}

/// GET /admin/stores: `{stores, count, offset, limit}`.
http::Response listStores(const http::Request& req, const framework::QueryEngine& query) {
  const auto params = findParams(req, kList, {.keys = kFilters});
  return listResponse(query, listQuery("store", params), "stores", params);
}

/// POST /admin/stores/:id: update-stores, then `{store}`; 404 for an unknown id.
http::Response updateStore(const http::Request& req, RouteScope scope) {
  findParams(req, kRetrieve);  // a bad `fields` is a 400 before anything is written
  const auto update = http::validation::parseBody(updateSchema(), req.json());
  const std::string id(req.param("id"));
  retrieveOne(scope.query, "store", id, {"id"}, "Store with id \"" + id + "\" not found");
  scope.workflows.run(server::workflows::updateStoresWorkflow,
                      bj::object{{"selector", {{"id", id}}}, {"update", update}});
  return http::Response::json(200, storeEnvelope(scope.query, req, id));
}

}  // namespace

void registerAdminStoreRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/stores",
             [scope](http::Request& req) { return listStores(req, scope.query); });
  router.get("/admin/stores/:id", [scope](http::Request& req) {
    return http::Response::json(200, storeEnvelope(scope.query, req, req.param("id")));
  });
  router.post("/admin/stores/:id",
              [scope](http::Request& req) { return updateStore(req, scope); });
}

}  // namespace medusa::api
