// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "http/query/find_params.h"
#include "http/request.h"
#include "http/response.h"

namespace medusa::framework {
class QueryEngine;
struct GraphQuery;
struct AccessPolicy;
}  // namespace medusa::framework

/// The read side every route family shares: the request's find params checked against the
/// route's closed filter schema, the graph query of a list, Medusa's envelopes.
///
///   constexpr std::array<std::string_view, 4> kFilters{"q", "id", "name", "created_at"};
///   const auto params = findParams(req, kListConfig, kFilters);
///   return listResponse(scope.query, "sales_channel", "sales_channels", params);
namespace medusa::api {

/// Which query-string filters a route accepts (its zod schema's keys); anything else is
/// "Invalid request: Unrecognized fields: 'x'". `store` routes also refuse the store's
/// restricted relations in `fields`, and `with_deleted` (soft-deleted rows are not the
/// storefront's business; Medusa honours it).
struct FilterSchema {
  std::span<const std::string_view> keys{};
  bool store = false;
};

/// Parses, normalises and validates the query string (fields, limit, offset, order,
/// with_deleted, then the filters against `filters`).
http::FindParams findParams(const http::Request& req, const http::QueryConfig& config,
                            FilterSchema filters = {});

/// The graph query a list route runs: fields, filters (plus `extraFilters`, which win),
/// limit/offset/order, with_deleted, count.
/// `access`: what an untrusted caller may reach (storeAccess for /store routes), else null.
framework::GraphQuery listQuery(std::string entity, const http::FindParams& params,
                                boost::json::object extraFilters = {},
                                std::shared_ptr<const framework::AccessPolicy> access = {});

/// Runs `graph` and answers `{<plural>: rows, count, offset, limit}`, the rows adjusted by
/// `shape` first when given (Medusa's remaps). The rows live in an arena of this call
/// (GraphQuery::storage): built without a malloc each, serialised, then released at once.
http::Response listResponse(const framework::QueryEngine& query, framework::GraphQuery graph,
                            std::string_view plural, const http::FindParams& params,
                            const std::function<void(boost::json::array&)>& shape = {});

/// Reads one entity by id with `fields`; Error{NotFound, notFoundMessage} when missing.
boost::json::object retrieveOne(const framework::QueryEngine& query, std::string_view entity,
                                std::string_view id, const std::vector<std::string>& fields,
                                const std::string& notFoundMessage,
                                boost::json::object context = {},
                                std::shared_ptr<const framework::AccessPolicy> access = {});

/// Medusa's delete envelope `{id, object, deleted: true}` (+ `parent` when given).
http::Response deletedResponse(std::string_view id, std::string_view object,
                               std::optional<boost::json::object> parent = std::nullopt);

/// `<Entity> with id: <id> was not found`, the module services' 404 wording.
std::string notFoundMessage(std::string_view entityDisplayName, std::string_view id);

}  // namespace medusa::api
