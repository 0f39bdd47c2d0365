// SPDX-License-Identifier: MIT
#include "api/auth/auth_routes.h"

#include <chrono>
#include <memory>
#include <string>

#include "api/auth/auth_actor.h"
#include "api/auth/auth_token.h"
#include "api/auth/login_throttle.h"
#include "http/auth_context.h"
#include "http/middleware/auth_middleware.h"
#include "http/validation/email_address.h"
#include "medusa/auth/auth_module_service.h"
#include "medusa/core/error.h"

namespace medusa::api {

namespace {

struct Credentials {
  std::string email;
  std::string password;
};

// Medusa's emailpass provider reads the body loosely: missing or non-string values fail with
// its own 401 messages (checked by the service), extra keys are ignored. The e-mail is bounded
// before anything else looks at it (ours; Medusa takes any length).
Credentials credentialsOf(const http::Request& req) {
  Credentials out;
  if (const auto* body = req.json().if_object()) {
    if (const auto* email = body->if_contains("email"); email && email->is_string()) {
      if (email->get_string().size() > http::validation::kMaxEmailLength) {
        throw Error(ErrorType::InvalidData,
                    "Invalid request: Value for field 'email' too big, expected at most: '" +
                        std::to_string(http::validation::kMaxEmailLength) + "'");
      }
      out.email = email->get_string();
    }
    if (const auto* password = body->if_contains("password"); password && password->is_string()) {
      out.password = password->get_string();
    }
  }
  return out;
}

// 429 with Retry-After; `not_allowed` is the closest of Medusa's error types.
http::Response tooManyAttempts(std::string_view what, std::chrono::seconds wait) {
  const auto seconds = std::to_string(wait.count());
  auto response = http::Response::error(
      429, "not_allowed",
      "Too many " + std::string(what) + " attempts. Try again in " + seconds + " seconds.");
  response.setHeader("Retry-After", seconds);
  return response;
}

// The throttles of one server: logins, and registrations (which reveal, as Medusa's answers
// do, whether an identity exists: "Identity with email already exists").
struct Throttles {
  explicit Throttles(const Config& config);
  LoginThrottle login;
  LoginThrottle registration;
};

/// POST /auth/:actor/emailpass: `{token}` for a valid e-mail and password; 429 while the
/// attempt's buckets are empty (LoginThrottle). The attempt is paid for before the password is
/// checked, so concurrent requests cannot exceed the budget; a success is refunded.
http::Response login(const http::Request& req, const auth::AuthModuleService& auth,
                     LoginThrottle& throttle, const Config& config) {
  const auto actor = actorOf(req);
  const auto credentials = credentialsOf(req);
  const auto admission = throttle.admit(credentials.email, req.remoteAddress());
  if (admission.wait) return tooManyAttempts("login", *admission.wait);
  try {
    const auto identity = auth.authenticate(credentials.email, credentials.password);
    throttle.succeeded(admission.attempt);
    return http::Response::json(200, {{"token", issueToken(identity, actor, config)}});
  } catch (const Error& error) {
    // A wrong e-mail or password keeps its tokens; anything else never tested a password.
    if (error.type() != ErrorType::Unauthorized) throttle.refund(admission.attempt);
    throw;
  } catch (...) {
    throttle.refund(admission.attempt);
    throw;
  }
}

Throttles::Throttles(const Config& config)
    : login({.perPair = config.loginMaxAttempts,
             .perNetwork = config.loginMaxAttemptsPerIp,
             .perEmail = config.loginMaxAttemptsPerEmail,
             .window = std::chrono::seconds(config.loginWindowSeconds),
             .emailWindow = std::chrono::seconds(config.loginEmailWindowSeconds)}),
      // Registrations: only the per-network budget (each one asks about one e-mail).
      registration({.perPair = 0,
                    .perNetwork = config.registerMaxAttemptsPerIp,
                    .perEmail = 0,
                    .window = std::chrono::seconds(config.loginWindowSeconds)}) {}

/// POST /auth/:actor/emailpass/register: a registration token (actor_id ""). Every attempt,
/// whatever its outcome, takes a token of the client network's registration budget, so the
/// 401 "Identity with email already exists" cannot be used to list accounts quickly.
http::Response registerIdentity(const http::Request& req, const auth::AuthModuleService& auth,
                                LoginThrottle& throttle, const Config& config) {
  const auto actor = actorOf(req);
  const auto credentials = credentialsOf(req);
  const auto admission = throttle.admit(credentials.email, req.remoteAddress());
  if (admission.wait) return tooManyAttempts("registration", *admission.wait);
  const auto identity = auth.registerIdentity(credentials.email, credentials.password);
  return http::Response::json(200, {{"token", issueToken(identity, actor, config)}});
}

/// POST /auth/token/refresh: a new token for the caller, picking up an actor attached since.
http::Response refreshToken(const http::Request& req, const auth::AuthModuleService& auth,
                            const Config& config) {
  const auto* context = req.context().find<http::AuthContext>();
  if (!context) return http::AuthMiddleware::unauthorized();
  const auto identity = auth.retrieveAuthIdentity(context->authIdentityId);
  return http::Response::json(200, {{"token", issueToken(identity, context->actorType, config)}});
}

}  // namespace

void registerAuthRoutes(http::Router& router, const auth::AuthModuleService& auth,
                        const Config& config) {
  auto throttles = std::make_shared<Throttles>(config);
  router.post("/auth/token/refresh",
              [&auth, &config](http::Request& req) { return refreshToken(req, auth, config); });
  router.post("/auth/:actor/emailpass", [&auth, &config, throttles](http::Request& req) {
    return login(req, auth, throttles->login, config);
  });
  router.get("/auth/:actor/emailpass", [&auth, &config, throttles](http::Request& req) {
    return login(req, auth, throttles->login, config);
  });
  router.post("/auth/:actor/emailpass/register", [&auth, &config, throttles](http::Request& req) {
    return registerIdentity(req, auth, throttles->registration, config);
  });
}

}  // namespace medusa::api
