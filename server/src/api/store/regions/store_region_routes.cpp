// SPDX-License-Identifier: MIT
#include "api/store/regions/store_region_routes.h"

#include <array>
#include <string>
#include <string_view>

#include "api/common/find_query.h"
#include "api/common/store_access.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api {

namespace {

// defaultStoreRegionFields.
constexpr std::array<std::string_view, 8> kFields = {
    "id", "name", "currency_code", "created_at", "updated_at", "deleted_at", "metadata",
    "*countries"};
// What `fields` may reach (storeAccess): the region's countries. Not its payment providers'
// configuration, nor anything through them.
constexpr std::array<std::string_view, 1> kRelations = {"countries"};
constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
constexpr auto kList = http::QueryConfig::list(kFields).withDefaultLimit(50);
// StoreGetRegionsParams' filters.
constexpr std::array<std::string_view, 6> kFilters = {"q",    "id",  "currency_code",
                                                      "name", "$and", "$or"};

/// GET /store/regions: `{regions, count, offset, limit}`; one statement per level.
http::Response listRegions(const http::Request& req, const framework::QueryEngine& query) {
  const auto params = findParams(req, kList, {.keys = kFilters, .store = true});
  return listResponse(query, listQuery("region", params, {}, storeAccess(req, kRelations)),
                      "regions", params);
}

/// GET /store/regions/:id: `{region}`; 404 `Region with id: X was not found`.
http::Response getRegion(const http::Request& req, const framework::QueryEngine& query) {
  const auto params = findParams(req, kRetrieve, {.store = true});
  const auto id = req.param("id");
  return http::Response::json(
      200, {{"region", retrieveOne(query, "region", id, params.fields,
                                   notFoundMessage("Region", id), {},
                                   storeAccess(req, kRelations))}});
}

}  // namespace

void registerStoreRegionRoutes(http::Router& router, RouteScope scope) {
  router.get("/store/regions",
             [scope](http::Request& req) { return listRegions(req, scope.query); });
  router.get("/store/regions/:id",
             [scope](http::Request& req) { return getRegion(req, scope.query); });
}

}  // namespace medusa::api
