// SPDX-License-Identifier: MIT
#include "api/admin/customer_groups/customer_group_routes.h"

#include <array>

#include "api/admin/customers/admin_customer_support.h"
#include "api/store/customers/customer_schemas.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/customer/workflows/customer_group_workflows.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using http::validation::Schema;

// defaultAdminCustomerGroupFields.
constexpr std::array<std::string_view, 7> kFields = {
    "id", "name", "created_by", "created_at", "updated_at", "deleted_at", "metadata"};
constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
constexpr auto kList = http::QueryConfig::list(kFields).withDefaultLimit(50);
// AdminGetCustomerGroupsParams' filters.
constexpr std::array<std::string_view, 10> kFilters = {
    "q",          "id",         "name",       "customers", "created_by",
    "created_at", "updated_at", "deleted_at", "$and",      "$or"};

const Schema& createSchema() {
  static const Schema schema = Schema::object(
      {{"name", Schema::string()}, {"metadata", Schema::record().nullable().optional()}});
  return schema;
}

const Schema& updateSchema() {
  static const Schema schema =
      Schema::object({{"name", Schema::string().optional()},
                      {"metadata", Schema::record().nullable().optional()}});
  return schema;
}

bj::object refetchGroup(const RouteScope& scope, const http::Request& req, std::string_view id) {
  const auto params = findParams(req, kRetrieve);
  return retrieveOne(scope.query, "customer_group", id, params.fields,
                     "Customer group with id: " + std::string(id) + " not found");
}

http::Response groupResponse(const RouteScope& scope, const http::Request& req,
                             std::string_view id) {
  return http::Response::json(200, {{"customer_group", refetchGroup(scope, req, id)}});
}

/// GET /admin/customer-groups: `{customer_groups, count, offset, limit}`.
http::Response listGroups(http::Request& req, const RouteScope& scope) {
  auto params = findParams(req, kList, {.keys = kFilters});
  params.filters = admin_customers::shapeFilters(std::move(params.filters), "customers");
  return listResponse(scope.query, listQuery("customer_group", params), "customer_groups", params);
}

/// POST /admin/customer-groups: `{customer_group}` created_by the admin.
http::Response createGroup(http::Request& req, const RouteScope& scope) {
  auto data = http::validation::parseBody(createSchema(), req.json());
  (void)findParams(req, kRetrieve);
  data["created_by"] = admin_customers::actorId(req);
  const auto created = scope.workflows
                           .run(server::workflows::createCustomerGroupsWorkflow,
                                bj::object{{"customersData", bj::array{std::move(data)}}})
                           .value();
  return groupResponse(scope, req, created.at(0).at("id").as_string());
}

/// POST /admin/customer-groups/:id: partial update, `{customer_group}`.
http::Response updateGroup(http::Request& req, const RouteScope& scope) {
  auto update = http::validation::parseBody(updateSchema(), req.json());
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  admin_customers::requireExisting(scope, "customer_group", id,
                                   "Customer group with id \"" + id + "\" not found");
  scope.workflows.run(
      server::workflows::updateCustomerGroupsWorkflow,
      bj::object{{"selector", bj::object{{"id", id}}}, {"update", std::move(update)}});
  return groupResponse(scope, req, id);
}

/// DELETE /admin/customer-groups/:id: `{id, object: "customer_group", deleted: true}`.
http::Response deleteGroup(http::Request& req, const RouteScope& scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::deleteCustomerGroupsWorkflow,
                      bj::object{{"ids", bj::array{bj::value(id)}}});
  return deletedResponse(id, "customer_group");
}

/// POST /admin/customer-groups/:id/customers {add, remove}: `{customer_group}`.
http::Response manageCustomers(http::Request& req, const RouteScope& scope) {
  auto body = http::validation::parseBody(customers::linkBodySchema(), req.json());
  (void)findParams(req, kRetrieve);
  const std::string id(req.param("id"));
  body["id"] = id;
  scope.workflows.run(server::workflows::linkCustomersToCustomerGroupWorkflow, body);
  return groupResponse(scope, req, id);
}

}  // namespace

void registerAdminCustomerGroupRoutes(http::Router& router, RouteScope scope) {
  constexpr std::string_view kOne = "/admin/customer-groups/:id";
  router.get("/admin/customer-groups",
             [scope](http::Request& req) { return listGroups(req, scope); });
  router.post("/admin/customer-groups",
              [scope](http::Request& req) { return createGroup(req, scope); });
  router.get(kOne,
             [scope](http::Request& req) { return groupResponse(scope, req, req.param("id")); });
  router.post(kOne, [scope](http::Request& req) { return updateGroup(req, scope); });
  router.del(kOne, [scope](http::Request& req) { return deleteGroup(req, scope); });
  router.post("/admin/customer-groups/:id/customers",
              [scope](http::Request& req) { return manageCustomers(req, scope); });
}

}  // namespace medusa::api
