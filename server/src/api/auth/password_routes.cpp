// SPDX-License-Identifier: MIT
#include "api/auth/password_routes.h"

#include <cctype>
#include <string>

#include "api/auth/auth_actor.h"
#include "http/validation/body_schema.h"
#include "medusa/auth/auth_module_service.h"
#include "medusa/core/error.h"
#include "medusa/core/jwt.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/auth/project_config.h"
#include "workflows/auth/workflows/generate_reset_password_token_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;

constexpr std::string_view kBearer = "bearer ";

// ResetPasswordRequest.
const http::validation::Schema& resetPasswordSchema() {
  using http::validation::Schema;
  static const Schema schema =
      Schema::object({{"identifier", Schema::string()}, {"metadata", Schema::record().optional()}});
  return schema;
}

std::string claim(const bj::object& claims, std::string_view key) {
  const auto* value = claims.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

// The e-mail a reset token may change the password of, or "" when the token is not a live
// reset token of this actor and provider: foreign or expired signature, another kind of token,
// or a password changed since it was issued (tokens are single-use).
std::string resetTokenSubject(const http::Request& req, const auth::AuthModuleService& auth,
                              const std::string& actor, const Config& config) {
  const auto header = req.header("authorization");
  if (header.size() <= kBearer.size()) return {};
  std::string scheme(header.substr(0, kBearer.size()));
  for (auto& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != kBearer) return {};
  const auto claims = jwt::verify(header.substr(kBearer.size()), config.jwtSecret);
  if (!claims) return {};
  const auto email = claim(*claims, "entity_id");
  if (email.empty() || claim(*claims, "provider") != auth::kEmailPassProvider ||
      claim(*claims, "actor_type") != actor) {
    return {};
  }
  const auto fingerprint = auth.passwordFingerprint(email);
  if (!fingerprint || *fingerprint != claim(*claims, "fingerprint")) return {};
  return email;
}

/// POST /auth/:actor/emailpass/reset-password: always 201, whether or not the identifier has
/// a login, so the answer reveals nothing; the token travels only in `auth.password_reset`.
http::Response resetPassword(const http::Request& req, RouteScope scope) {
  const auto actor = actorOf(req);
  const auto body = http::validation::parseBody(resetPasswordSchema(), req.json());
  bj::object input{{"entity_id", body.at("identifier")},
                   {"actor_type", actor},
                   {"provider", auth::kEmailPassProvider}};
  if (const auto* metadata = body.if_contains("metadata")) input["metadata"] = *metadata;
  scope.workflows.run(server::workflows::generateResetPasswordTokenWorkflow, input,
                      {.throwOnError = false});
  return http::Response::text(201, "Created");
}

/// POST /auth/:actor/emailpass/update with `Authorization: Bearer <reset token>` and
/// `{password}`: sets the new password, `{success: true}`.
http::Response updatePassword(const http::Request& req, const auth::AuthModuleService& auth,
                              const Config& config) {
  const auto actor = actorOf(req);
  const auto email = resetTokenSubject(req, auth, actor, config);
  if (email.empty()) return http::Response::json(401, bj::object{{"message", "Invalid token"}});
  const auto* body = req.json().if_object();
  const auto* password = body ? body->if_contains("password") : nullptr;
  // Medusa's emailpass provider reports success without a password but returns no identity,
  // which its route answers with 401 Unauthorized.
  if (!password || !password->is_string() || password->get_string().empty()) {
    throw Error(ErrorType::Unauthorized, "Unauthorized");
  }
  auth.updatePassword(email, password->get_string());
  return http::Response::json(200, {{"success", true}});
}

}  // namespace

void registerPasswordRoutes(http::Router& router, const auth::AuthModuleService& auth,
                            RouteScope scope, const Config& config) {
  server::workflows::provideProjectConfig(scope.workflows.container(), config);
  router.post("/auth/:actor/emailpass/reset-password",
              [scope](http::Request& req) { return resetPassword(req, scope); });
  router.post("/auth/:actor/emailpass/update",
              [&auth, &config](http::Request& req) { return updatePassword(req, auth, config); });
}

}  // namespace medusa::api
