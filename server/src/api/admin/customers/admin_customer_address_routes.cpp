// SPDX-License-Identifier: MIT
// /admin/customers/:id/addresses: a customer's address book as the merchant manages it.
#include "api/admin/customers/admin_customer_routes.h"
#include "api/admin/customers/admin_customer_support.h"
#include "api/store/customers/customer_schemas.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/customer/workflows/customer_address_workflows.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
namespace ac = admin_customers;

// AdminCustomerAddressesParams' filters.
constexpr std::array<std::string_view, 6> kFilters = {
    "q", "company", "city", "country_code", "province", "postal_code"};

const http::validation::Schema& addressSchema() {
  static const auto schema = customers::withAdditionalData(customers::customerAddressSchema());
  return schema;
}

bj::object parentCustomer(const RouteScope& scope, const http::Request& req) {
  const auto id = req.param("id");
  return ac::refetchCustomer(scope, req, id, "Customer with id: " + std::string(id) + " not found");
}

/// GET /admin/customers/:id/addresses: `{addresses, count, offset, limit}`.
http::Response listAddresses(http::Request& req, const RouteScope& scope) {
  const auto params = findParams(req, ac::kListAddresses, {.keys = kFilters});
  return listResponse(
      scope.query,
      listQuery("customer_address", params, {{"customer_id", std::string(req.param("id"))}}),
      "addresses", params);
}

/// POST /admin/customers/:id/addresses: adds an address, answers the parent `{customer}`.
http::Response createAddress(http::Request& req, const RouteScope& scope) {
  auto address =
      customers::withoutAdditionalData(customers::parseCustomerBody(addressSchema(), req.json()));
  (void)findParams(req, ac::kRetrieveCustomer);
  address["customer_id"] = std::string(req.param("id"));
  scope.workflows.run(server::workflows::createCustomerAddressesWorkflow,
                      bj::object{{"addresses", bj::array{std::move(address)}}});
  return http::Response::json(200, {{"customer", parentCustomer(scope, req)}});
}

/// GET /admin/customers/:id/addresses/:address_id: `{address}`. Medusa answers `{}` (the
/// address key left undefined) when the customer has no such address; so do we.
http::Response getAddress(http::Request& req, const RouteScope& scope) {
  const auto params = findParams(req, ac::kRetrieveAddress);
  auto result = scope.query.graph(
      {.entity = "customer_address",
       .fields = params.fields,
       .filters = {{"id", req.param("address_id")}, {"customer_id", req.param("id")}}});
  bj::object body;
  if (!result.rows.empty()) body["address"] = std::move(result.rows.front());
  return http::Response::json(200, body);
}

/// POST /admin/customers/:id/addresses/:address_id: updates it, answers `{customer}`.
http::Response updateAddress(http::Request& req, const RouteScope& scope) {
  auto update =
      customers::withoutAdditionalData(customers::parseCustomerBody(addressSchema(), req.json()));
  (void)findParams(req, ac::kRetrieveCustomer);
  scope.workflows.run(server::workflows::updateCustomerAddressesWorkflow,
                      bj::object{{"selector", bj::object{{"id", req.param("address_id")},
                                                         {"customer_id", req.param("id")}}},
                                 {"update", std::move(update)}});
  return http::Response::json(200, {{"customer", parentCustomer(scope, req)}});
}

/// DELETE /admin/customers/:id/addresses/:address_id:
/// `{id, object: "customer_address", deleted: true, parent: customer}`.
http::Response deleteAddress(http::Request& req, const RouteScope& scope) {
  (void)findParams(req, ac::kRetrieveCustomer);
  const std::string addressId(req.param("address_id"));
  scope.workflows.run(server::workflows::deleteCustomerAddressesWorkflow,
                      bj::object{{"ids", bj::array{bj::value(addressId)}}});
  return deletedResponse(addressId, "customer_address", parentCustomer(scope, req));
}

}  // namespace

void registerAdminCustomerAddressRoutes(http::Router& router, RouteScope scope) {
  constexpr std::string_view kOne = "/admin/customers/:id/addresses/:address_id";
  router.get("/admin/customers/:id/addresses",
             [scope](http::Request& req) { return listAddresses(req, scope); });
  router.post("/admin/customers/:id/addresses",
              [scope](http::Request& req) { return createAddress(req, scope); });
  router.get(kOne, [scope](http::Request& req) { return getAddress(req, scope); });
  router.post(kOne, [scope](http::Request& req) { return updateAddress(req, scope); });
  router.del(kOne, [scope](http::Request& req) { return deleteAddress(req, scope); });
}

}  // namespace medusa::api
