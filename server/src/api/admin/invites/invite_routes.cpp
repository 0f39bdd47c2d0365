// SPDX-License-Identifier: MIT
#include "api/admin/invites/invite_routes.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "api/admin/invites/invite_fields.h"
#include "api/common/find_query.h"
#include "http/validation/body_schema.h"
#include "http/validation/email_address.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/auth/project_config.h"
#include "workflows/user/workflows/create_invites_workflow.h"
#include "workflows/user/workflows/delete_invites_workflow.h"
#include "workflows/user/workflows/refresh_invite_tokens_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
using namespace invites;

// AdminGetInvitesParams' filters ($and/$or are not supported yet).
constexpr std::array<std::string_view, 6> kFilters = {"q",          "id",         "email",
                                                      "created_at", "updated_at", "deleted_at"};

// AdminCreateInvite. Medusa takes any string as the e-mail; ours is bounded (254 bytes).
const http::validation::Schema& createInviteSchema() {
  using http::validation::Schema;
  static const Schema schema =
      Schema::object({{"email", Schema::string().max(http::validation::kMaxEmailLength)},
                      {"metadata", Schema::record().nullable().optional()}});
  return schema;
}

bj::object retrieveInvite(const framework::QueryEngine& query, const http::Request& req,
                          std::string_view id) {
  const auto params = findParams(req, kRetrieveConfig);
  return retrieveOne(query, "invite", id, params.fields, notFoundMessage("Invite", id));
}

/// GET /admin/invites: `{invites, count, offset, limit}`.
http::Response listInvites(const http::Request& req, RouteScope scope) {
  const auto params = findParams(req, kListConfig, {.keys = kFilters});
  return listResponse(scope.query, listQuery("invite", params), "invites", params);
}

/// POST /admin/invites: creates an invite through create-invite-step, then `{invite}`.
http::Response createInvite(const http::Request& req, RouteScope scope) {
  const auto input = http::validation::parseBody(createInviteSchema(), req.json());
  findParams(req, kRetrieveConfig);  // bad `fields` fail before anything is written
  const auto run = scope.workflows.run(server::workflows::createInvitesWorkflow, bj::array{input});
  const std::string id(run.value().at(0).at("id").as_string());
  return http::Response::json(200, {{"invite", retrieveInvite(scope.query, req, id)}});
}

/// GET /admin/invites/:id: `{invite}`, 404 `Invite with id: X was not found`.
http::Response getInvite(const http::Request& req, RouteScope scope) {
  return http::Response::json(200, {{"invite", retrieveInvite(scope.query, req, req.param("id"))}});
}

/// DELETE /admin/invites/:id: withdraws the invite; `{id, object: "invite", deleted: true}`.
http::Response deleteInvite(const http::Request& req, RouteScope scope) {
  const std::string id(req.param("id"));
  scope.workflows.run(server::workflows::deleteInvitesWorkflow, std::vector<std::string>{id});
  return deletedResponse(id, "invite");
}

/// POST /admin/invites/:id/resend: a new token and expiry (event invite.resent), `{invite}`.
http::Response resendInvite(const http::Request& req, RouteScope scope) {
  const std::string id(req.param("id"));
  findParams(req, kRetrieveConfig);
  scope.workflows.run(server::workflows::refreshInviteTokensWorkflow, std::vector<std::string>{id});
  return http::Response::json(200, {{"invite", retrieveInvite(scope.query, req, id)}});
}

}  // namespace

void registerAdminInviteRoutes(http::Router& router, RouteScope scope, const Config& config) {
  server::workflows::provideProjectConfig(scope.workflows.container(), config);
  router.get("/admin/invites", [scope](http::Request& req) { return listInvites(req, scope); });
  router.post("/admin/invites", [scope](http::Request& req) { return createInvite(req, scope); });
  registerInviteAcceptRoute(router, scope);
  router.get("/admin/invites/:id", [scope](http::Request& req) { return getInvite(req, scope); });
  router.del("/admin/invites/:id",
             [scope](http::Request& req) { return deleteInvite(req, scope); });
  router.post("/admin/invites/:id/resend",
              [scope](http::Request& req) { return resendInvite(req, scope); });
}

}  // namespace medusa::api
