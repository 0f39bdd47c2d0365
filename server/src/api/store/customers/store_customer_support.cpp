// SPDX-License-Identifier: MIT
#include "api/store/customers/store_customer_support.h"

#include "api/common/store_access.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api::store_customers {

namespace bj = boost::json;

const http::AuthContext* customerContext(const http::Request& req, bool allowUnregistered) {
  const auto* context = req.context().find<http::AuthContext>();
  if (!context || context->actorType != "customer") return nullptr;
  if (context->actorId.empty() && !allowUnregistered) return nullptr;
  return context;
}

bj::object refetchCustomer(const RouteScope& scope, const http::Request& req,
                           std::string_view customerId) {
  const auto params = findParams(req, kRetrieveCustomer, {.store = true});
  return retrieveOne(scope.query, "customer", customerId, params.fields,
                     notFoundMessage("Customer", customerId), {}, customerAccess(req));
}

bj::object customerAddress(const RouteScope& scope, std::string_view customerId,
                           std::string_view addressId, const std::vector<std::string>& fields,
                           std::shared_ptr<const framework::AccessPolicy> access) {
  auto result = scope.query.graph({.entity = "customer_address",
                                   .fields = fields,
                                   .filters = {{"id", addressId}, {"customer_id", customerId}},
                                   .access = std::move(access)});
  if (result.rows.empty()) throw Error(ErrorType::NotFound, notFoundMessage("Address", addressId));
  return std::move(result.rows.front().as_object());
}

std::shared_ptr<const framework::AccessPolicy> customerAccess(const http::Request& req) {
  return storeAccess(req, kCustomerRelations);
}

std::shared_ptr<const framework::AccessPolicy> addressAccess(const http::Request& req) {
  return storeAccess(req, {});
}

}  // namespace medusa::api::store_customers
