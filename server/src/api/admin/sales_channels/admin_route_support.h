// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "http/auth_context.h"
#include "http/request.h"
#include "http/validation/body_schema.h"
#include "medusa/core/error.h"

/// What the sales channel, API key, stock location and inventory routes share: Medusa's
/// `createLinkBody()` schema, query-string filter shaping, the acting admin.
namespace medusa::api::admin_support {

/// createLinkBody(): `{add?: string[], remove?: string[]}`.
inline const http::validation::Schema& linkBodySchema() {
  using http::validation::Schema;
  static const Schema schema = Schema::object({{"add", Schema::array(Schema::string()).optional()},
                                               {"remove", Schema::array(Schema::string()).optional()}});
  return schema;
}

/// booleanString(): "true"/"false" in the query string become booleans, as Medusa's
/// validator turns them; anything else is its zod issue.
inline void booleanFilter(boost::json::object& filters, std::string_view key) {
  auto* value = filters.if_contains(key);
  if (!value || !value->is_string()) return;
  if (value->get_string() == "true" || value->get_string() == "false") {
    *value = value->get_string() == "true";
    return;
  }
  throw Error(ErrorType::InvalidData,
              "Invalid request: Expected type: 'boolean' for field '" + std::string(key) +
                  "', got: 'string'");
}

/// Medusa's maybeApplyLinkFilter: a `key` filter naming ids of a linked entity becomes a
/// filter on that relation (`sales_channel_id=sc_1` → `{sales_channels: {id: "sc_1"}}`).
inline void linkFilter(boost::json::object& filters, std::string_view key,
                       std::string_view relation) {
  auto* value = filters.if_contains(key);
  if (!value) return;
  boost::json::object nested{{"id", *value}};
  filters.erase(key);
  filters[relation] = std::move(nested);
}

/// The id of the acting admin (user or secret API key); Unauthorized without one (the admin
/// guard makes that unreachable).
inline std::string actorId(const http::Request& req) {
  const auto* context = req.context().find<http::AuthContext>();
  if (!context) throw Error(ErrorType::Unauthorized, "Unauthorized");
  return context->actorId;
}

}  // namespace medusa::api::admin_support
