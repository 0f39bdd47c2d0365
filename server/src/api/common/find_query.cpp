// SPDX-License-Identifier: MIT
#include "api/common/find_query.h"

#include <algorithm>
#include <boost/json/monotonic_resource.hpp>

#include "http/query/qs_parser.h"
#include "http/query/query_normalizer.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api {

namespace bj = boost::json;

namespace {

// The first block of a list's arena; it grows by doubling (a page of 50 admin products with
// variants and prices takes one to two megabytes).
constexpr std::size_t kListArenaBytes = 64 * 1024;

}  // namespace

http::FindParams findParams(const http::Request& req, const http::QueryConfig& config,
                            FilterSchema filters) {
  auto params = http::parseFindParams(
      http::normalizeQuery(http::parseQueryString(req.query())), config,
      filters.store ? std::span<const std::string_view>(http::kStoreRestrictedFields)
                    : std::span<const std::string_view>());
  std::string unknown;
  if (filters.store && params.withDeleted) unknown = "'with_deleted'";
  for (const auto& [key, value] : params.filters) {
    if (std::find(filters.keys.begin(), filters.keys.end(), std::string_view(key)) !=
        filters.keys.end()) {
      continue;
    }
    unknown += (unknown.empty() ? "'" : ", '") + std::string(key) + "'";
  }
  if (!unknown.empty()) {
    throw Error(ErrorType::InvalidData, "Invalid request: Unrecognized fields: " + unknown);
  }
  return params;
}

framework::GraphQuery listQuery(std::string entity, const http::FindParams& params,
                                bj::object extraFilters,
                                std::shared_ptr<const framework::AccessPolicy> access) {
  framework::GraphQuery graph{
      .entity = std::move(entity), .fields = params.fields, .filters = params.filters};
  graph.access = std::move(access);
  for (auto& [key, value] : extraFilters) graph.filters[key] = std::move(value);
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
  return graph;
}

http::Response listResponse(const framework::QueryEngine& query, framework::GraphQuery graph,
                            std::string_view plural, const http::FindParams& params,
                            const std::function<void(bj::array&)>& shape) {
  bj::monotonic_resource arena(kListArenaBytes);
  graph.storage = &arena;
  auto result = query.graph(graph);
  if (shape) shape(result.rows);
  bj::object body(&arena);
  body[plural] = std::move(result.rows);
  body["count"] = result.count;
  body["offset"] = params.offset;
  body["limit"] = params.limit;
  return http::Response::json(200, bj::value(std::move(body)));  // moved: no copy to the heap
}

bj::object retrieveOne(const framework::QueryEngine& query, std::string_view entity,
                       std::string_view id, const std::vector<std::string>& fields,
                       const std::string& notFoundMessage, bj::object context,
                       std::shared_ptr<const framework::AccessPolicy> access) {
  auto result = query.graph({.entity = std::string(entity),
                             .fields = fields,
                             .filters = bj::object{{"id", id}},
                             .context = std::move(context),
                             .access = std::move(access)});
  if (result.rows.empty()) throw Error(ErrorType::NotFound, notFoundMessage);
  return std::move(result.rows.front().as_object());
}

http::Response deletedResponse(std::string_view id, std::string_view object,
                               std::optional<bj::object> parent) {
  bj::object body{{"id", id}, {"object", object}, {"deleted", true}};
  if (parent) body["parent"] = std::move(*parent);
  return http::Response::json(200, body);
}

std::string notFoundMessage(std::string_view entityDisplayName, std::string_view id) {
  return std::string(entityDisplayName) + " with id: " + std::string(id) + " was not found";
}

}  // namespace medusa::api
