// SPDX-License-Identifier: MIT
// /store/customers/me/addresses: the signed-in customer's address book.
#include <array>

#include "api/store/customers/customer_schemas.h"
#include "api/store/customers/store_customer_routes.h"
#include "api/store/customers/store_customer_support.h"
#include "http/middleware/auth_middleware.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/customer/workflows/customer_address_workflows.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
namespace sc = store_customers;

// StoreGetCustomerAddressesParams' filters.
constexpr std::array<std::string_view, 4> kFilters = {"q", "city", "country_code", "postal_code"};

/// GET /store/customers/me/addresses: `{addresses, count, offset, limit}`.
http::Response listAddresses(http::Request& req, const RouteScope& scope) {
  const auto* auth = sc::customerContext(req);
  if (!auth) return http::AuthMiddleware::unauthorized();
  const auto params = findParams(req, sc::kListAddresses, {.keys = kFilters, .store = true});
  return listResponse(scope.query,
                      listQuery("customer_address", params, {{"customer_id", auth->actorId}},
                                sc::addressAccess(req)),
                      "addresses", params);
}

/// POST /store/customers/me/addresses: adds an address (create-customer-addresses) and
/// answers the parent `{customer}`, as Medusa does.
http::Response createAddress(http::Request& req, const RouteScope& scope) {
  const auto* auth = sc::customerContext(req);
  if (!auth) return http::AuthMiddleware::unauthorized();
  auto address = customers::parseCustomerBody(customers::customerAddressSchema(), req.json());
  (void)findParams(req, sc::kRetrieveCustomer, {.store = true});
  address["customer_id"] = auth->actorId;
  scope.workflows.run(server::workflows::createCustomerAddressesWorkflow,
                      bj::object{{"addresses", bj::array{std::move(address)}}});
  return http::Response::json(200, {{"customer", sc::refetchCustomer(scope, req, auth->actorId)}});
}

/// GET /store/customers/me/addresses/:address_id: `{address}`; another customer's address
/// is a 404 like an unknown one.
http::Response getAddress(http::Request& req, const RouteScope& scope) {
  const auto* auth = sc::customerContext(req);
  if (!auth) return http::AuthMiddleware::unauthorized();
  const auto params = findParams(req, sc::kRetrieveAddress, {.store = true});
  return http::Response::json(
      200, {{"address",
             sc::customerAddress(scope, auth->actorId, req.param("address_id"), params.fields,
                                 sc::addressAccess(req))}});
}

/// POST /store/customers/me/addresses/:address_id: updates it (update-customer-addresses),
/// answers `{customer}`.
http::Response updateAddress(http::Request& req, const RouteScope& scope) {
  const auto* auth = sc::customerContext(req);
  if (!auth) return http::AuthMiddleware::unauthorized();
  auto update = customers::parseCustomerBody(customers::customerAddressSchema(), req.json());
  (void)findParams(req, sc::kRetrieveCustomer, {.store = true});
  const std::string addressId(req.param("address_id"));
  sc::customerAddress(scope, auth->actorId, addressId, {"id"});
  scope.workflows.run(
      server::workflows::updateCustomerAddressesWorkflow,
      bj::object{{"selector", bj::object{{"id", addressId}, {"customer_id", auth->actorId}}},
                 {"update", std::move(update)}});
  return http::Response::json(200, {{"customer", sc::refetchCustomer(scope, req, auth->actorId)}});
}

/// DELETE /store/customers/me/addresses/:address_id: `{id, object: "address", deleted, parent}`
/// where, as in Medusa, `id` is the customer's id and `parent` the customer.
http::Response deleteAddress(http::Request& req, const RouteScope& scope) {
  const auto* auth = sc::customerContext(req);
  if (!auth) return http::AuthMiddleware::unauthorized();
  const auto params = findParams(req, sc::kRetrieveAddress, {.store = true});
  const std::string addressId(req.param("address_id"));
  sc::customerAddress(scope, auth->actorId, addressId, {"id"});
  scope.workflows.run(server::workflows::deleteCustomerAddressesWorkflow,
                      bj::object{{"ids", bj::array{bj::value(addressId)}}});
  // Medusa refetches the parent with this route's (address) fields: the customer's columns
  // among them come back, the others are not customer fields and are left out.
  const auto parent = retrieveOne(scope.query, "customer", auth->actorId, params.fields,
                                  notFoundMessage("Customer", auth->actorId), {},
                                  sc::customerAccess(req));
  return deletedResponse(auth->actorId, "address", parent);
}

}  // namespace

void registerStoreCustomerAddressRoutes(http::Router& router, RouteScope scope) {
  constexpr std::string_view kOne = "/store/customers/me/addresses/:address_id";
  router.get("/store/customers/me/addresses",
             [scope](http::Request& req) { return listAddresses(req, scope); });
  router.post("/store/customers/me/addresses",
              [scope](http::Request& req) { return createAddress(req, scope); });
  router.get(kOne, [scope](http::Request& req) { return getAddress(req, scope); });
  router.post(kOne, [scope](http::Request& req) { return updateAddress(req, scope); });
  router.del(kOne, [scope](http::Request& req) { return deleteAddress(req, scope); });
}

}  // namespace medusa::api
