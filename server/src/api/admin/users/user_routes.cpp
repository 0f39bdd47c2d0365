// SPDX-License-Identifier: MIT
#include "api/admin/users/user_routes.h"

#include <array>
#include <string>
#include <string_view>

#include "api/common/find_query.h"
#include "http/auth_context.h"
#include "http/validation/body_schema.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/user/workflows/remove_user_account_workflow.h"
#include "workflows/user/workflows/update_users_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;

// Medusa's defaultAdminUserFields.
constexpr std::array<std::string_view, 9> kUserFields = {"id",         "email",      "first_name",
                                                         "last_name",  "avatar_url", "metadata",
                                                         "created_at", "updated_at", "deleted_at"};
constexpr auto kListConfig = http::QueryConfig::list(kUserFields).withDefaultLimit(50);
constexpr auto kRetrieveConfig = http::QueryConfig::retrieve(kUserFields);
// AdminGetUsersParams' filters.
constexpr std::array<std::string_view, 8> kFilters = {
    "q", "id", "email", "first_name", "last_name", "created_at", "updated_at", "deleted_at"};

// AdminUpdateUser.
const http::validation::Schema& updateUserSchema() {
  using http::validation::Schema;
  static const Schema schema =
      Schema::object({{"first_name", Schema::string().nullable().optional()},
                      {"last_name", Schema::string().nullable().optional()},
                      {"avatar_url", Schema::string().nullable().optional()},
                      {"metadata", Schema::record().nullable().optional()}});
  return schema;
}

bj::object retrieveUser(const framework::QueryEngine& query, const http::Request& req,
                        std::string_view id) {
  const auto params = findParams(req, kRetrieveConfig);
  return retrieveOne(query, "user", id, params.fields, notFoundMessage("User", id));
}

/// GET /admin/users: `{users, count, offset, limit}`.
http::Response listUsers(const http::Request& req, const framework::QueryEngine& query) {
  const auto params = findParams(req, kListConfig, {.keys = kFilters});
  return listResponse(query, listQuery("user", params), "users", params);
}

/// GET /admin/users/me: the caller's `{user}`.
http::Response getMe(const http::Request& req, const framework::QueryEngine& query) {
  const auto* context = req.context().find<http::AuthContext>();
  if (!context) throw Error(ErrorType::Unauthorized, "Unauthorized");
  return http::Response::json(200, {{"user", retrieveUser(query, req, context->actorId)}});
}

/// GET /admin/users/:id: `{user}`, 404 `User with id: X was not found`.
http::Response getUser(const http::Request& req, const framework::QueryEngine& query) {
  return http::Response::json(200, {{"user", retrieveUser(query, req, req.param("id"))}});
}

/// POST /admin/users/:id: partial update through update-users-workflow, then `{user}`.
http::Response updateUser(const http::Request& req, RouteScope scope) {
  auto update = http::validation::parseBody(updateUserSchema(), req.json());
  const std::string id(req.param("id"));
  // Bad `fields` and an unknown id fail before anything is written.
  findParams(req, kRetrieveConfig);
  retrieveOne(scope.query, "user", id, {"id"}, notFoundMessage("User", id));
  update["id"] = id;
  scope.workflows.run(server::workflows::updateUsersWorkflow, bj::array{update});
  return http::Response::json(200, {{"user", retrieveUser(scope.query, req, id)}});
}

/// DELETE /admin/users/:id: remove-user-account (user and its login); never oneself.
http::Response deleteUser(const http::Request& req, RouteScope scope) {
  const std::string id(req.param("id"));
  const auto* context = req.context().find<http::AuthContext>();
  if (context && context->actorId == id) {
    throw Error(ErrorType::NotAllowed, "A user cannot delete itself");
  }
  scope.workflows.run(server::workflows::removeUserAccountWorkflow, id);
  return deletedResponse(id, "user");
}

}  // namespace

void registerAdminUserRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/users", [scope](http::Request& req) { return listUsers(req, scope.query); });
  router.get("/admin/users/me", [scope](http::Request& req) { return getMe(req, scope.query); });
  router.get("/admin/users/:id", [scope](http::Request& req) { return getUser(req, scope.query); });
  router.post("/admin/users/:id", [scope](http::Request& req) { return updateUser(req, scope); });
  router.del("/admin/users/:id", [scope](http::Request& req) { return deleteUser(req, scope); });
}

}  // namespace medusa::api
