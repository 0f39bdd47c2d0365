// SPDX-License-Identifier: MIT
#include "api/admin/customers/admin_customer_routes.h"

#include "api/admin/customers/admin_customer_support.h"
#include "api/store/customers/customer_schemas.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/customer/workflows/create_customers_workflow.h"
#include "workflows/customer/workflows/customer_group_workflows.h"
#include "workflows/customer/workflows/remove_customer_account_workflow.h"
#include "workflows/customer/workflows/update_customers_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
namespace ac = admin_customers;

// AdminCustomersParams' filters.
constexpr std::array<std::string_view, 14> kFilters = {
    "q",          "id",         "email",       "groups",     "company_name",
    "first_name", "last_name",  "has_account", "created_by", "created_at",
    "updated_at", "deleted_at", "$and",        "$or"};
constexpr std::array<std::string_view, 1> kBooleans = {"has_account"};

std::string missing(std::string_view id) {
  return "Customer with id: " + std::string(id) + " not found";
}

/// GET /admin/customers: `{customers, count, offset, limit}`.
http::Response listCustomers(http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, ac::kListCustomers, {.keys = kFilters});
  params.filters = ac::shapeFilters(std::move(params.filters), "groups", kBooleans);
  return listResponse(scope.query, listQuery("customer", params), "customers", params);
}

/// POST /admin/customers: a guest customer (has_account false) created_by the admin.
http::Response createCustomer(http::Request& req, const RouteScope& scope) {
  static const auto schema = customers::withAdditionalData(customers::createCustomerSchema());
  auto data = customers::withoutAdditionalData(customers::parseCustomerBody(schema, req.json()));
  (void)findParams(req, ac::kRetrieveCustomer);
  data["created_by"] = ac::actorId(req);
  const auto created = scope.workflows
                           .run(server::workflows::createCustomersWorkflow,
                                bj::object{{"customersData", bj::array{std::move(data)}}})
                           .value();
  const auto id = created.at(0).at("id").as_string();
  return http::Response::json(200,
                              {{"customer", ac::refetchCustomer(scope, req, id, missing(id))}});
}

/// GET /admin/customers/:id: `{customer}`; 404 `Customer with id: X not found`.
http::Response getCustomer(http::Request& req, const RouteScope& scope) {
  const auto id = req.param("id");
  return http::Response::json(200,
                              {{"customer", ac::refetchCustomer(scope, req, id, missing(id))}});
}

/// POST /admin/customers/:id: partial update (update-customers), `{customer}`.
http::Response updateCustomer(http::Request& req, const RouteScope& scope) {
  static const auto schema = customers::withAdditionalData(customers::createCustomerSchema());
  auto update = customers::withoutAdditionalData(customers::parseCustomerBody(schema, req.json()));
  (void)findParams(req, ac::kRetrieveCustomer);
  const std::string id(req.param("id"));
  ac::requireExisting(scope, "customer", id, "Customer with id \"" + id + "\" not found");
  scope.workflows.run(
      server::workflows::updateCustomersWorkflow,
      bj::object{{"selector", bj::object{{"id", id}}}, {"update", std::move(update)}});
  return http::Response::json(200,
                              {{"customer", ac::refetchCustomer(scope, req, id, missing(id))}});
}

/// DELETE /admin/customers/:id: soft-deletes it and detaches its auth identity
/// (remove-customer-account), `{id, object: "customer", deleted: true}`.
http::Response deleteCustomer(http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::removeCustomerAccountWorkflow,
                      bj::object{{"customerId", id}});
  return deletedResponse(id, "customer");
}

/// POST /admin/customers/:id/customer-groups {add, remove}: `{customer}`.
http::Response manageGroups(http::Request& req, const RouteScope& scope) {
  auto body = http::validation::parseBody(customers::linkBodySchema(), req.json());
  (void)findParams(req, ac::kRetrieveCustomer);
  const std::string id(req.param("id"));
  body["id"] = id;
  scope.workflows.run(server::workflows::linkCustomerGroupsToCustomerWorkflow, body);
  return http::Response::json(200,
                              {{"customer", ac::refetchCustomer(scope, req, id, missing(id))}});
}

}  // namespace

void registerAdminCustomerRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/customers", [scope](http::Request& req) { return listCustomers(req, scope); });
  router.post("/admin/customers",
              [scope](http::Request& req) { return createCustomer(req, scope); });
  router.get("/admin/customers/:id",
             [scope](http::Request& req) { return getCustomer(req, scope); });
  router.post("/admin/customers/:id",
              [scope](http::Request& req) { return updateCustomer(req, scope); });
  router.del("/admin/customers/:id",
             [scope](http::Request& req) { return deleteCustomer(req, scope); });
  router.post("/admin/customers/:id/customer-groups",
              [scope](http::Request& req) { return manageGroups(req, scope); });
  registerAdminCustomerAddressRoutes(router, scope);
}

}  // namespace medusa::api
