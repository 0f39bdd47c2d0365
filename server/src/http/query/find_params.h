// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace medusa::http {

/// Relations no store route may select unless its allow-list names them (Medusa's
/// DEFAULT_STORE_RESTRICTED_FIELDS, applied to every /store request).
inline constexpr std::array<std::string_view, 2> kStoreRestrictedFields{"order", "orders"};

/// What a route declares about its query string: Medusa's QueryConfig plus the defaults of
/// its validator (`createFindParams({limit, offset, order})`, whose defaults win). Built with
/// the constexpr helpers, e.g.
///   constexpr auto kListCollections =
///       QueryConfig::list(kCollectionFields).withDefaultLimit(10).withDefaultOrder("-created_at");
struct QueryConfig {
  std::span<const std::string_view> defaults;  // the default field list
  std::span<const std::string_view> allowed;  // allow-list of fields and order fields; empty = none
  /// A list route validates `limit`, `offset`, `order`, `with_deleted` (createFindParams) and
  /// paginates. A retrieve route only knows `fields` (createSelectParams): the other four stay
  /// among the filters, where a closed schema rejects them as Medusa does.
  bool isList = false;
  std::int64_t defaultLimit = 20;  // createFindParams' own default
  std::int64_t defaultOffset = 0;
  std::string_view defaultOrder;  // e.g. "-created_at"; empty = none

  static constexpr QueryConfig list(std::span<const std::string_view> fields) {
    QueryConfig config;
    config.defaults = fields;
    config.isList = true;
    return config;
  }
  static constexpr QueryConfig retrieve(std::span<const std::string_view> fields) {
    QueryConfig config;
    config.defaults = fields;
    return config;
  }
  constexpr QueryConfig withAllowed(std::span<const std::string_view> fields) const {
    QueryConfig config = *this;
    config.allowed = fields;
    return config;
  }
  constexpr QueryConfig withDefaultLimit(std::int64_t limit) const {
    QueryConfig config = *this;
    config.defaultLimit = limit;
    return config;
  }
  constexpr QueryConfig withDefaultOrder(std::string_view order) const {
    QueryConfig config = *this;
    config.defaultOrder = order;
    return config;
  }
};

enum class SortDirection : std::uint8_t { Asc, Desc };

struct OrderBy {
  std::string field;  // may be a path: "product.title"
  SortDirection direction = SortDirection::Asc;

  /// Medusa's buildOrder: {"product": {"title": "ASC"}}.
  boost::json::object toJson() const;
};

/// The find params once validated (Medusa's zod step), before the fields are resolved.
struct FindParamsInput {
  std::optional<std::string> fields;
  std::int64_t limit = 20;
  std::int64_t offset = 0;
  std::optional<std::string> order;
  std::optional<bool> withDeleted;
  boost::json::object filters;  // every other key, in request order
};

/// Everything a route needs to run its query.
struct FindParams {
  /// For the graph layer (Medusa's remoteQueryConfig.fields): the fields, then one "rel.*"
  /// per star relation.
  std::vector<std::string> fields;
  /// Medusa's listConfig: `select` = the non-star fields (dotted ones included), `relations` =
  /// the parent path of each dotted field ("variants.sku" -> "variants"), then the star ones.
  std::vector<std::string> select;
  std::vector<std::string> relations;
  bool isList = false;
  /// List routes only. parseInt results beyond int64 saturate (JS would carry on with 1e23),
  /// and negative values pass through unchanged, as in Medusa.
  std::int64_t limit = 20;
  std::int64_t offset = 0;
  std::optional<OrderBy> order;
  std::optional<bool> withDeleted;
  boost::json::object filters;  // for the route's closed schema
};

/// Validation problems in the order Medusa's zod schemas report them: plain checks first
/// (`fields`, `order`, most filters, "Unrecognized fields: ..."), then the checks zod runs
/// through z.preprocess (`offset`, `limit`, `with_deleted`, preprocessed filters), which it
/// resolves asynchronously and therefore lists last.
struct ValidationIssues {
  std::vector<std::string> immediate;
  std::vector<std::string> deferred;

  bool empty() const noexcept { return immediate.empty() && deferred.empty(); }
};

/// Step 1, Medusa's zod validation of `fields` (both kinds of route) and `offset`, `limit`,
/// `order`, `with_deleted` (list routes), with zod-style messages such as
/// "Expected type: 'number' for field 'limit', got: 'nan'". limit/offset use parseInt
/// (`10abc` -> 10, `abc` -> issue, empty -> issue); with_deleted takes exactly "true"/"false";
/// `fields[]=a` (an array) is an issue, as in Medusa. A route validating its filters adds its
/// own issues before calling throwIfInvalid.
FindParamsInput extractFindParams(boost::json::object query, const QueryConfig& config,
                                  ValidationIssues& issues);

/// Throws Error{InvalidData, "Invalid request: <the first three issues, '; '-joined>"}.
void throwIfInvalid(const ValidationIssues& issues);

/// Step 2, Medusa's prepareListQuery: resolves the fields (see resolveFields) and checks them
/// against the allow-list, or `restricted` when there is none; then the order ("-x" = DESC),
/// which must be in the allow-list when there is one. Throws Error{InvalidData} with
/// "Requested fields [a, b] are not valid" / "Order field x is not valid".
FindParams prepareFindParams(FindParamsInput input, const QueryConfig& config,
                             std::span<const std::string_view> restricted = {});

/// Both steps on a normalised query (see normalizeQuery).
FindParams parseFindParams(boost::json::object query, const QueryConfig& config,
                           std::span<const std::string_view> restricted = {});

/// Medusa's booleanString() for filters: a boolean, or "true"/"false" in any case.
std::optional<bool> parseBooleanString(const boost::json::value& value);

}  // namespace medusa::http
