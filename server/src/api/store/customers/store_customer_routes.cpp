// SPDX-License-Identifier: MIT
#include "api/store/customers/store_customer_routes.h"

#include "api/store/customers/customer_schemas.h"
#include "api/store/customers/store_customer_support.h"
#include "http/middleware/auth_middleware.h"
#include "medusa/core/error.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/customer/workflows/create_customer_account_workflow.h"
#include "workflows/customer/workflows/update_customers_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using store_customers::customerContext;
using store_customers::refetchCustomer;

/// POST /store/customers: creates the customer of a registration token's auth identity
/// (create-customer-account) and answers `{customer}`.
http::Response registerCustomer(http::Request& req, const RouteScope& scope) {
  const auto* auth = customerContext(req, /*allowUnregistered=*/true);
  if (!auth) return http::AuthMiddleware::unauthorized();
  auto data = customers::parseCustomerBody(customers::createCustomerSchema(), req.json());
  // Validate the query before writing anything, as Medusa's middleware does.
  (void)findParams(req, store_customers::kRetrieveCustomer, {.store = true});
  if (!auth->actorId.empty()) {
    throw Error(ErrorType::InvalidData, "Request already authenticated as a customer.");
  }
  const auto customer = scope.workflows
                            .run(server::workflows::createCustomerAccountWorkflow,
                                 bj::object{{"customerData", std::move(data)},
                                            {"authIdentityId", auth->authIdentityId}})
                            .value();
  return http::Response::json(
      200, {{"customer", refetchCustomer(scope, req, customer.at("id").as_string())}});
}

/// GET /store/customers/me: `{customer}` of the signed-in customer.
http::Response getMe(http::Request& req, const RouteScope& scope) {
  const auto* auth = customerContext(req);
  if (!auth) return http::AuthMiddleware::unauthorized();
  return http::Response::json(200, {{"customer", refetchCustomer(scope, req, auth->actorId)}});
}

/// POST /store/customers/me: updates the signed-in customer (update-customers), `{customer}`.
http::Response updateMe(http::Request& req, const RouteScope& scope) {
  const auto* auth = customerContext(req);
  if (!auth) return http::AuthMiddleware::unauthorized();
  auto update = customers::parseCustomerBody(customers::storeUpdateCustomerSchema(), req.json());
  (void)findParams(req, store_customers::kRetrieveCustomer, {.store = true});
  scope.workflows.run(
      server::workflows::updateCustomersWorkflow,
      bj::object{{"selector", bj::object{{"id", auth->actorId}}}, {"update", std::move(update)}});
  return http::Response::json(200, {{"customer", refetchCustomer(scope, req, auth->actorId)}});
}

}  // namespace

void registerStoreCustomerRoutes(http::Router& router, RouteScope scope) {
  router.post("/store/customers",
              [scope](http::Request& req) { return registerCustomer(req, scope); });
  router.get("/store/customers/me", [scope](http::Request& req) { return getMe(req, scope); });
  router.post("/store/customers/me", [scope](http::Request& req) { return updateMe(req, scope); });
  registerStoreCustomerAddressRoutes(router, scope);
}

}  // namespace medusa::api
