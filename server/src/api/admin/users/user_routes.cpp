// SPDX-License-Identifier: MIT
#include "api/admin/users/user_routes.h"

#include <array>
#include <string_view>

#include "api/common/find_query.h"
#include "http/auth_context.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;

// Medusa's defaultAdminUserFields.
constexpr std::array<std::string_view, 9> kUserFields = {
    "id",         "email",      "first_name", "last_name", "avatar_url",
    "metadata", "created_at", "updated_at", "deleted_at"};
constexpr auto kListConfig = http::QueryConfig::list(kUserFields).withDefaultLimit(50);
constexpr auto kRetrieveConfig = http::QueryConfig::retrieve(kUserFields);
// AdminGetUsersParams' filters.
constexpr std::array<std::string_view, 8> kFilters = {
    "q", "id", "email", "first_name", "last_name", "created_at", "updated_at", "deleted_at"};

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

}  // namespace

void registerAdminUserRoutes(http::Router& router, const framework::QueryEngine& query) {
  router.get("/admin/users", [&query](http::Request& req) { return listUsers(req, query); });
  router.get("/admin/users/me", [&query](http::Request& req) { return getMe(req, query); });
  router.get("/admin/users/:id", [&query](http::Request& req) { return getUser(req, query); });
}

}  // namespace medusa::api
