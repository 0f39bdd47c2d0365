// SPDX-License-Identifier: MIT
// Medusa v2.10.3: createFindParams / createSelectParams (packages/medusa/src/api/utils/
// validators.ts), the zod error wording (packages/core/framework/src/zod/zod-helpers.ts) and
// prepareListQuery (packages/core/framework/src/http/utils/get-query-config.ts).
#include "http/query/find_params.h"

#include <algorithm>
#include <atomic>
#include <boost/json/string.hpp>
#include <cctype>
#include <cmath>
#include <limits>
#include <utility>

#include "http/query/field_selection.h"
#include "http/query/js_text.h"
#include "http/query/list_limit.h"
#include "medusa/core/error.h"

namespace medusa::http {
namespace {

constexpr std::size_t kMaxReportedIssues = 3;  // zod-helpers' formatError shows three

std::atomic<std::int64_t> g_maxListLimit{kDefaultMaxListLimit};

// zod's name for the type it received.
std::string_view zodTypeName(const boost::json::value& value) {
  switch (value.kind()) {
    case boost::json::kind::string:
      return "string";
    case boost::json::kind::array:
      return "array";
    case boost::json::kind::object:
      return "object";
    case boost::json::kind::bool_:
      return "boolean";
    case boost::json::kind::null:
      return "null";
    case boost::json::kind::double_:
      return std::isnan(value.get_double()) ? "nan" : "number";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
      return "number";
  }
  return "unknown";
}

void addTypeIssue(std::vector<std::string>& issues, std::string_view field,
                  std::string_view expected, std::string_view received) {
  issues.push_back("Expected type: '" + std::string(expected) + "' for field '" +
                   std::string(field) + "', got: '" + std::string(received) + "'");
}

// z.string().optional()
std::optional<std::string> stringParam(const boost::json::value* value, std::string_view field,
                                       std::vector<std::string>& issues) {
  if (value == nullptr) return std::nullopt;
  if (const auto* text = value->if_string()) return std::string(*text);
  addTypeIssue(issues, field, "string", zodTypeName(*value));
  return std::nullopt;
}

// z.preprocess(v => v && typeof v === "string" ? parseInt(v) : v, z.number().default(d))
std::int64_t integerParam(const boost::json::value* value, std::string_view field,
                          std::int64_t fallback, std::vector<std::string>& issues) {
  if (value == nullptr) return fallback;
  if (const auto* text = value->if_string(); text != nullptr && !text->empty()) {
    if (auto parsed = detail::parseJsInt(*text)) return *parsed;
    addTypeIssue(issues, field, "number", "nan");
    return fallback;
  }
  if (const auto* integer = value->if_int64()) return *integer;
  if (const auto* unsignedInteger = value->if_uint64()) {
    return static_cast<std::int64_t>(
        std::min<std::uint64_t>(*unsignedInteger, std::numeric_limits<std::int64_t>::max()));
  }
  addTypeIssue(issues, field, "number", zodTypeName(*value));  // "" stays a string
  return fallback;
}

// z.preprocess(v => v === "true" ? true : v === "false" ? false : v, z.boolean().optional())
std::optional<bool> booleanParam(const boost::json::value* value, std::string_view field,
                                 std::vector<std::string>& issues) {
  if (value == nullptr) return std::nullopt;
  if (const auto* flag = value->if_bool()) return *flag;
  if (const auto* text = value->if_string()) {
    if (*text == "true") return true;
    if (*text == "false") return false;
  }
  addTypeIssue(issues, field, "boolean", zodTypeName(*value));
  return std::nullopt;
}

std::string join(const std::vector<std::string_view>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += items[i];
  }
  return out;
}

}  // namespace

boost::json::object OrderBy::toJson() const {
  boost::json::object root;
  boost::json::object* parent = &root;
  std::string_view path = field;
  for (std::size_t dot = path.find('.'); dot != std::string_view::npos; dot = path.find('.')) {
    boost::json::value& child = (*parent)[path.substr(0, dot)];
    if (!child.is_object()) child = boost::json::object();
    parent = &child.get_object();
    path.remove_prefix(dot + 1);
  }
  (*parent)[path] = direction == SortDirection::Desc ? "DESC" : "ASC";
  return root;
}

FindParamsInput extractFindParams(boost::json::object query, const QueryConfig& config,
                                  ValidationIssues& issues) {
  FindParamsInput input;
  input.fields = stringParam(query.if_contains("fields"), "fields", issues.immediate);
  if (config.isList) {
    // Schema order is fields, offset, limit, order, with_deleted; the preprocessed three come
    // out last (verified against zod 3.25.76, the version Medusa v2.10.3 pins).
    input.offset =
        integerParam(query.if_contains("offset"), "offset", config.defaultOffset, issues.deferred);
    input.limit =
        integerParam(query.if_contains("limit"), "limit", config.defaultLimit, issues.deferred);
    if (const auto cap = maxListLimit(); input.limit > cap) {  // ours: Medusa has no cap
      issues.deferred.push_back("Value for field 'limit' must be at most " + std::to_string(cap) +
                                ", got: " + std::to_string(input.limit));
    }
    input.order = stringParam(query.if_contains("order"), "order", issues.immediate);
    if (!input.order && !config.defaultOrder.empty() && !query.contains("order")) {
      input.order = std::string(config.defaultOrder);
    }
    input.withDeleted =
        booleanParam(query.if_contains("with_deleted"), "with_deleted", issues.deferred);
  }
  static constexpr std::array<std::string_view, 5> kFindKeys{"fields", "offset", "limit", "order",
                                                             "with_deleted"};
  const auto reserved = std::span(kFindKeys).first(config.isList ? kFindKeys.size() : 1);
  input.filters = boost::json::object(query.storage());
  input.filters.reserve(query.size());
  for (auto& entry : query) {
    if (std::find(reserved.begin(), reserved.end(), entry.key()) == reserved.end()) {
      input.filters.emplace(entry.key(), std::move(entry.value()));
    }
  }
  return input;
}

void throwIfInvalid(const ValidationIssues& issues) {
  if (issues.empty()) return;
  std::string message = "Invalid request: ";
  std::size_t reported = 0;
  for (const auto* list : {&issues.immediate, &issues.deferred}) {
    for (const std::string& issue : *list) {
      if (reported == kMaxReportedIssues) break;
      if (reported++ > 0) message += "; ";
      message += issue;
    }
  }
  throw Error(ErrorType::InvalidData, std::move(message));
}

FindParams prepareFindParams(FindParamsInput input, const QueryConfig& config,
                             std::span<const std::string_view> restricted) {
  const FieldSelection selection = resolveFields(input.fields, config.defaults);
  if (const auto refused = disallowedFields(selection, config.allowed, restricted);
      !refused.empty()) {
    throw Error(ErrorType::InvalidData, "Requested fields [" + join(refused) + "] are not valid");
  }

  FindParams params;
  params.select.assign(selection.fields.begin(), selection.fields.end());
  std::vector<std::string_view> relations;
  auto addRelation = [&relations](std::string_view relation) {
    if (std::find(relations.begin(), relations.end(), relation) == relations.end()) {
      relations.push_back(relation);
    }
  };
  for (std::string_view field : selection.fields) {  // stringToSelectRelationObject
    if (const std::size_t dot = field.rfind('.'); dot != std::string_view::npos) {
      addRelation(field.substr(0, dot));
    }
  }
  for (std::string_view star : selection.starFields) addRelation(star);
  params.relations.assign(relations.begin(), relations.end());
  params.fields = params.select;
  for (std::string_view star : selection.starFields)
    params.fields.push_back(std::string(star) + ".*");

  if (input.order) {
    const bool descending = input.order->starts_with('-');
    std::string field = descending ? input.order->substr(1) : std::move(*input.order);
    if (!config.allowed.empty() &&
        std::find(config.allowed.begin(), config.allowed.end(), field) == config.allowed.end()) {
      throw Error(ErrorType::InvalidData, "Order field " + field + " is not valid");
    }
    params.order = OrderBy{std::move(field), descending ? SortDirection::Desc : SortDirection::Asc};
  }
  params.isList = config.isList;
  params.limit = input.limit;
  params.offset = input.offset;
  params.withDeleted = input.withDeleted;
  params.filters = std::move(input.filters);
  return params;
}

FindParams parseFindParams(boost::json::object query, const QueryConfig& config,
                           std::span<const std::string_view> restricted) {
  ValidationIssues issues;
  FindParamsInput input = extractFindParams(std::move(query), config, issues);
  throwIfInvalid(issues);
  return prepareFindParams(std::move(input), config, restricted);
}

void setMaxListLimit(std::int64_t cap) noexcept {
  g_maxListLimit.store(cap, std::memory_order_relaxed);
}

std::int64_t maxListLimit() noexcept {
  return g_maxListLimit.load(std::memory_order_relaxed);
}

std::optional<bool> parseBooleanString(const boost::json::value& value) {
  if (const auto* flag = value.if_bool()) return *flag;
  const auto* text = value.if_string();
  if (text == nullptr || (text->size() != 4 && text->size() != 5)) return std::nullopt;
  std::string lower(*text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "true") return true;
  if (lower == "false") return false;
  return std::nullopt;
}

}  // namespace medusa::http
