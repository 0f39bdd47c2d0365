// SPDX-License-Identifier: MIT
#include "api/admin/users/user_routes.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "http/auth_context.h"
#include "http/query/find_params.h"
#include "http/query/qs_parser.h"
#include "http/query/query_normalizer.h"
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

http::FindParams findParams(const http::Request& req, const http::QueryConfig& config) {
  auto params = http::parseFindParams(
      http::normalizeQuery(http::parseQueryString(req.query())), config);
  std::string unknown;
  for (const auto& [key, value] : params.filters) {
    if (std::find(kFilters.begin(), kFilters.end(), std::string_view(key)) != kFilters.end() &&
        config.isList) {
      continue;
    }
    unknown += (unknown.empty() ? "'" : ", '") + std::string(key) + "'";
  }
  if (!unknown.empty()) {
    throw Error(ErrorType::InvalidData, "Invalid request: Unrecognized fields: " + unknown);
  }
  return params;
}

bj::object retrieveUser(const framework::QueryEngine& query, const http::Request& req,
                        std::string_view id) {
  const auto params = findParams(req, kRetrieveConfig);
  const auto result = query.graph(
      {.entity = "user", .fields = params.fields, .filters = bj::object{{"id", id}}});
  if (result.rows.empty()) {
    throw Error(ErrorType::NotFound, "User with id: " + std::string(id) + " was not found");
  }
  return result.rows.front().as_object();
}

/// GET /admin/users: `{users, count, offset, limit}`.
http::Response listUsers(const http::Request& req, const framework::QueryEngine& query) {
  const auto params = findParams(req, kListConfig);
  framework::GraphQuery graph{.entity = "user", .fields = params.fields, .filters = params.filters};
  graph.pagination.limit = params.limit;
  graph.pagination.offset = params.offset;
  if (params.order) {
    graph.pagination.order.push_back(
        {.field = params.order->field,
         .direction = params.order->direction == http::SortDirection::Desc
                          ? framework::SortDirection::Desc
                          : framework::SortDirection::Asc});
  }
  graph.withDeleted = params.withDeleted.value_or(false);
  graph.count = true;
  const auto result = query.graph(graph);
  return http::Response::json(200, {{"users", result.rows},
                                    {"count", result.count},
                                    {"offset", params.offset},
                                    {"limit", params.limit}});
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
