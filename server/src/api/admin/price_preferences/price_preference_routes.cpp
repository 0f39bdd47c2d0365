// SPDX-License-Identifier: MIT
#include "api/admin/price_preferences/price_preference_routes.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "api/common/find_query.h"
#include "http/validation/body_schema.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/pricing/workflows/create_price_preferences_workflow.h"
#include "workflows/pricing/workflows/delete_price_preferences_workflow.h"
#include "workflows/pricing/workflows/update_price_preferences_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using http::validation::Schema;

// adminPricePreferenceRemoteQueryFields.
constexpr std::array<std::string_view, 7> kFields = {
    "id", "attribute", "value", "is_tax_inclusive", "created_at", "deleted_at", "updated_at"};
constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
constexpr auto kList = http::QueryConfig::list(kFields).withDefaultLimit(300);
// AdminGetPricePreferencesParams' filters.
constexpr std::array<std::string_view, 6> kFilters = {"q",     "id",   "attribute",
                                                      "value", "$and", "$or"};

// AdminCreatePricePreference / AdminUpdatePricePreference.
Schema preferenceSchema(bool create) {
  const auto required = [create](Schema schema) { return create ? schema : schema.optional(); };
  return Schema::object({{"attribute", required(Schema::string())},
                         {"value", required(Schema::string())},
                         {"is_tax_inclusive", Schema::boolean().optional()}});
}

const Schema& createSchema() {
  static const Schema schema = preferenceSchema(true);
  return schema;
}

const Schema& updateSchema() {
  static const Schema schema = preferenceSchema(false);
  return schema;
}

// `{price_preference}` with `fields`; an unknown id gives `{}` with 200, as Medusa's
// refetchEntity answers (its result is undefined).
http::Response preferenceResponse(const framework::QueryEngine& query, const http::Request& req,
                                  std::string_view id) {
  const auto params = findParams(req, kRetrieve);
  auto result = query.graph(
      {.entity = "price_preference", .fields = params.fields, .filters = bj::object{{"id", id}}});
  if (result.rows.empty()) return http::Response::json(200, bj::object{});
  return http::Response::json(200, {{"price_preference", std::move(result.rows.front())}});
}

/// GET /admin/price-preferences: `{price_preferences, count, offset, limit}`.
http::Response listPreferences(const http::Request& req, const framework::QueryEngine& query) {
  auto params = findParams(req, kList, {.keys = kFilters});
  // Medusa accepts `q` but price preferences have no searchable field: it filters nothing.
  params.filters.erase("q");
  return listResponse(query, listQuery("price_preference", params), "price_preferences",
                      params);
}

/// POST /admin/price-preferences: create-price-preferences, then `{price_preference}`.
http::Response createPreference(const http::Request& req, RouteScope scope) {
  findParams(req, kRetrieve);
  const auto input = http::validation::parseBody(createSchema(), req.json());
  const auto created =
      scope.workflows.run(server::workflows::createPricePreferencesWorkflow, bj::array{input})
          .value();
  return preferenceResponse(scope.query, req, created.at(0).at("id").as_string());
}

/// POST /admin/price-preferences/:id: update-price-preferences, then `{price_preference}`.
http::Response updatePreference(const http::Request& req, RouteScope scope) {
  findParams(req, kRetrieve);
  const auto update = http::validation::parseBody(updateSchema(), req.json());
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::updatePricePreferencesWorkflow,
                      bj::object{{"selector", {{"id", bj::array{id}}}}, {"update", update}});
  return preferenceResponse(scope.query, req, id);
}

/// DELETE /admin/price-preferences/:id: delete-price-preferences (unknown ids too, as Medusa).
http::Response deletePreference(const http::Request& req, RouteScope scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::deletePricePreferencesWorkflow,
                      std::vector<std::string>{id});
  return deletedResponse(id, "price_preference");
}

}  // namespace

void registerAdminPricePreferenceRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/price-preferences",
             [scope](http::Request& req) { return listPreferences(req, scope.query); });
  router.post("/admin/price-preferences",
              [scope](http::Request& req) { return createPreference(req, scope); });
  router.get("/admin/price-preferences/:id", [scope](http::Request& req) {
    return preferenceResponse(scope.query, req, req.param("id"));
  });
  router.post("/admin/price-preferences/:id",
              [scope](http::Request& req) { return updatePreference(req, scope); });
  router.del("/admin/price-preferences/:id",
             [scope](http::Request& req) { return deletePreference(req, scope); });
}

}  // namespace medusa::api
