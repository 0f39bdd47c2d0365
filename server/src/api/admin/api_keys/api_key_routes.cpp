// SPDX-License-Identifier: MIT
#include "api/admin/api_keys/api_key_routes.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "api/admin/sales_channels/admin_route_support.h"
#include "api/common/find_query.h"
#include "api/store/common/publishable_key_cache.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/api_key/workflows/create_api_keys_workflow.h"
#include "workflows/api_key/workflows/delete_api_keys_workflow.h"
#include "workflows/api_key/workflows/link_sales_channels_to_api_key_workflow.h"
#include "workflows/api_key/workflows/revoke_api_keys_workflow.h"
#include "workflows/api_key/workflows/update_api_keys_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using http::validation::Schema;

// defaultAdminApiKeyFields.
constexpr std::array<std::string_view, 13> kFields = {
    "id",         "title",      "token",      "redacted",   "type",
    "last_used_at", "updated_at", "created_at", "created_by", "revoked_at",
    "revoked_by", "sales_channels.id", "sales_channels.name"};
constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
constexpr auto kList = http::QueryConfig::list(kFields);
// AdminGetApiKeysParams' filters.
constexpr std::array<std::string_view, 11> kFilters = {
    "q",          "id",         "title",      "token", "type", "created_at",
    "updated_at", "deleted_at", "revoked_at", "$and",  "$or"};

const Schema& createSchema() {
  static const Schema schema = Schema::object(
      {{"title", Schema::string()}, {"type", Schema::enumOf({"publishable", "secret"})}});
  return schema;
}

const Schema& updateSchema() {
  static const Schema schema = Schema::object({{"title", Schema::string()}});
  return schema;
}

const Schema& revokeSchema() {
  static const Schema schema = Schema::object({{"revoke_in", Schema::number().optional()}});
  return schema;
}

// Medusa's module blanks a secret key's token (which holds its hash) on every read; only
// publishable tokens are shown again.
void hideSecretToken(bj::object& key) {
  auto* token = key.if_contains("token");
  if (token && token->is_string() && !token->get_string().starts_with("pk_")) *token = "";
}

std::string notFound(std::string_view id) {
  return "API Key with id: " + std::string(id) + " was not found";
}

bj::object refetchKey(const RouteScope& scope, const http::Request& req, std::string_view id) {
  const auto params = findParams(req, kRetrieve);
  auto key = retrieveOne(scope.query, "api_key", id, params.fields, notFound(id));
  hideSecretToken(key);
  return key;
}

http::Response keyResponse(const RouteScope& scope, const http::Request& req,
                           std::string_view id) {
  return http::Response::json(200, {{"api_key", refetchKey(scope, req, id)}});
}

/// GET /admin/api-keys: `{api_keys, count, offset, limit}`.
http::Response listKeys(const http::Request& req, const RouteScope& scope) {
  const auto params = findParams(req, kList, {.keys = kFilters});
  if (const auto* type = params.filters.if_contains("type")) {
    // z.nativeEnum(ApiKeyType): an unknown type is a 400, not an empty page.
    static const Schema typeFilter =
        Schema::object({{"type", Schema::enumOf({"publishable", "secret"})}});
    http::validation::parseBody(typeFilter, bj::object{{"type", *type}});
  }
  auto result = scope.query.graph(listQuery("api_key", params));
  for (auto& key : result.rows) hideSecretToken(key.as_object());
  return http::Response::json(200, bj::object{{"api_keys", std::move(result.rows)},
                                              {"count", result.count},
                                              {"offset", params.offset},
                                              {"limit", params.limit}});
}

/// POST /admin/api-keys: create-api-keys with created_by = the acting admin. Answers the
/// created key itself, not a refetch: its plain token is shown this once.
http::Response createKey(const http::Request& req, const RouteScope& scope,
                         PublishableKeyCache& keys) {
  auto data = http::validation::parseBody(createSchema(), req.json());
  (void)findParams(req, kRetrieve);
  data["created_by"] = admin_support::actorId(req);
  const auto created = scope.workflows
                           .run(server::workflows::createApiKeysWorkflow,
                                bj::object{{"api_keys", bj::array{std::move(data)}}})
                           .value();
  keys.invalidate();
  return http::Response::json(200, {{"api_key", created.at(0)}});
}

/// POST /admin/api-keys/:id: `{title}`, then `{api_key}`.
http::Response updateKey(const http::Request& req, const RouteScope& scope,
                         PublishableKeyCache& keys) {
  auto update = http::validation::parseBody(updateSchema(), req.json());
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  retrieveOne(scope.query, "api_key", id, {"id"}, notFound(id));
  update["id"] = id;
  scope.workflows.run(server::workflows::updateApiKeysWorkflow, bj::array{update});
  keys.invalidate();
  return keyResponse(scope, req, id);
}

/// DELETE /admin/api-keys/:id: revoked keys only; `{id, object: "api_key", deleted: true}`.
http::Response deleteKey(const http::Request& req, const RouteScope& scope,
                         PublishableKeyCache& keys) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::deleteApiKeysWorkflow, std::vector<std::string>{id});
  keys.invalidate();
  return deletedResponse(id, "api_key");
}

/// POST /admin/api-keys/:id/revoke {revoke_in?}: revoked_by = the acting admin; `{api_key}`.
http::Response revokeKey(const http::Request& req, const RouteScope& scope,
                         PublishableKeyCache& keys) {
  auto body = http::validation::parseBody(revokeSchema(), req.json());
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  retrieveOne(scope.query, "api_key", id, {"id"}, notFound(id));
  body["ids"] = bj::array{bj::value(id)};
  body["revoked_by"] = admin_support::actorId(req);
  scope.workflows.run(server::workflows::revokeApiKeysWorkflow, body);
  keys.invalidate();
  return keyResponse(scope, req, id);
}

/// POST /admin/api-keys/:id/sales-channels {add, remove}: publishable keys only; `{api_key}`.
http::Response manageChannels(const http::Request& req, const RouteScope& scope,
                              PublishableKeyCache& keys) {
  auto body = http::validation::parseBody(admin_support::linkBodySchema(), req.json());
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  const auto key = retrieveOne(scope.query, "api_key", id, {"id", "type"}, notFound(id));
  if (key.at("type").as_string() != "publishable") {
    throw Error(ErrorType::InvalidData,
                "Sales channels can only be associated with publishable API keys");
  }
  body["id"] = id;
  scope.workflows.run(server::workflows::linkSalesChannelsToApiKeyWorkflow, body);
  keys.invalidate();
  return keyResponse(scope, req, id);
}

}  // namespace

void registerAdminApiKeyRoutes(http::Router& router, RouteScope scope, PublishableKeyCache& keys) {
  constexpr std::string_view kOne = "/admin/api-keys/:id";
  auto* cache = &keys;
  router.get("/admin/api-keys", [scope](http::Request& req) { return listKeys(req, scope); });
  router.post("/admin/api-keys",
              [scope, cache](http::Request& req) { return createKey(req, scope, *cache); });
  router.get(kOne, [scope](http::Request& req) { return keyResponse(scope, req, req.param("id")); });
  router.post(kOne, [scope, cache](http::Request& req) { return updateKey(req, scope, *cache); });
  router.del(kOne, [scope, cache](http::Request& req) { return deleteKey(req, scope, *cache); });
  router.post("/admin/api-keys/:id/revoke",
              [scope, cache](http::Request& req) { return revokeKey(req, scope, *cache); });
  router.post("/admin/api-keys/:id/sales-channels",
              [scope, cache](http::Request& req) { return manageChannels(req, scope, *cache); });
}

}  // namespace medusa::api
