// SPDX-License-Identifier: MIT
#include "api/admin/customers/admin_customer_support.h"

#include "http/auth_context.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api::admin_customers {

namespace bj = boost::json;

bj::object refetchCustomer(const RouteScope& scope, const http::Request& req,
                           std::string_view customerId, const std::string& message) {
  const auto params = findParams(req, kRetrieveCustomer);
  return retrieveOne(scope.query, "customer", customerId, params.fields, message);
}

void requireExisting(const RouteScope& scope, std::string_view entity, std::string_view id,
                     const std::string& message) {
  retrieveOne(scope.query, entity, id, {"id"}, message);
}

bj::object shapeFilters(bj::object filters, std::string_view relation,
                        std::span<const std::string_view> booleans) {
  if (auto* value = filters.if_contains(relation); value && !value->is_object()) {
    *value = bj::object{{"id", std::move(*value)}};
  }
  for (const auto key : booleans) {
    auto* value = filters.if_contains(key);
    if (!value) continue;
    const auto parsed = http::parseBooleanString(*value);
    if (!parsed) throw Error(ErrorType::InvalidData, "Invalid request: Invalid input");
    *value = *parsed;
  }
  return filters;
}

std::string actorId(const http::Request& req) {
  const auto* context = req.context().find<http::AuthContext>();
  return context ? context->actorId : std::string();
}

}  // namespace medusa::api::admin_customers
