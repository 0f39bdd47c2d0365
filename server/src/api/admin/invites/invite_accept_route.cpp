// SPDX-License-Identifier: MIT
// POST /admin/invites/accept?token=<invite token>: the invitee, signed in with a registration
// token (actor `user`, no actor id yet), becomes a user. The admin guard lets exactly this
// route through for unregistered identities (AuthMiddleware).
#include <array>
#include <string>
#include <string_view>

#include "api/admin/invites/invite_fields.h"
#include "api/admin/invites/invite_routes.h"
#include "api/common/find_query.h"
#include "http/auth_context.h"
#include "http/middleware/auth_middleware.h"
#include "http/validation/body_schema.h"
#include "http/validation/email_address.h"
#include "medusa/core/error.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/user/workflows/accept_invite_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;

constexpr std::array<std::string_view, 1> kAcceptFilters = {"token"};

// AdminInviteAccept. Medusa takes any string as the e-mail; ours is bounded (254 bytes).
const http::validation::Schema& acceptInviteSchema() {
  using http::validation::Schema;
  static const Schema schema = Schema::object(
      {{"email", Schema::string().max(http::validation::kMaxEmailLength).nullable().optional()},
       {"first_name", Schema::string().nullable().optional()},
       {"last_name", Schema::string().nullable().optional()}});
  return schema;
}

std::string inviteTokenOf(const http::Request& req) {
  const auto params = findParams(req, invites::kRetrieveConfig, {.keys = kAcceptFilters});
  const auto* token = params.filters.if_contains("token");
  if (!token) throw Error(ErrorType::InvalidData, "Invalid request: Field 'token' is required");
  if (!token->is_string()) {
    throw Error(ErrorType::InvalidData,
                "Invalid request: Expected type: 'string' for field 'token', got: 'array'");
  }
  return std::string(token->get_string());
}

/// POST /admin/invites/accept: `{user}` created from the invite through accept-invite-workflow.
http::Response acceptInvite(const http::Request& req, RouteScope scope) {
  const auto* context = http::actorContext(req, "user", /*allowUnregistered=*/true);
  if (!context) return http::AuthMiddleware::unauthorized();
  auto user = http::validation::parseBody(acceptInviteSchema(), req.json());
  const auto token = inviteTokenOf(req);
  if (!context->actorId.empty()) {
    throw Error(ErrorType::InvalidData,
                "The user is already authenticated and cannot accept an invite.");
  }
  const bj::object input{{"invite_token", token},
                         {"auth_identity_id", context->authIdentityId},
                         {"user", std::move(user)}};
  // Medusa answers every failure of the workflow (foreign, expired or spent token, e-mail
  // taken) with the guard's bare 401, telling an outsider nothing about invites.
  const auto run =
      scope.workflows.run(server::workflows::acceptInviteWorkflow, input, {.throwOnError = false});
  if (!run.done()) return http::AuthMiddleware::unauthorized();
  return http::Response::json(200, {{"user", run.value()}});
}

}  // namespace

void registerInviteAcceptRoute(http::Router& router, RouteScope scope) {
  router.post("/admin/invites/accept",
              [scope](http::Request& req) { return acceptInvite(req, scope); });
}

}  // namespace medusa::api
