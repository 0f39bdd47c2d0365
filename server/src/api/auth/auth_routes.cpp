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
#include "medusa/auth/auth_module_service.h"
#include "medusa/core/error.h"

namespace medusa::api {

namespace {

struct Credentials {
  std::string email;
  std::string password;
};

// Medusa's emailpass provider reads the body loosely: missing or non-string values fail with
// its own 401 messages (checked by the service), extra keys are ignored.
Credentials credentialsOf(const http::Request& req) {
  Credentials out;
  if (const auto* body = req.json().if_object()) {
    if (const auto* email = body->if_contains("email"); email && email->is_string()) {
      out.email = email->get_string();
    }
    if (const auto* password = body->if_contains("password"); password && password->is_string()) {
      out.password = password->get_string();
    }
  }
  return out;
}

// 429 with Retry-After; `not_allowed` is the closest of Medusa's error types.
http::Response tooManyAttempts(std::chrono::seconds wait) {
  const auto seconds = std::to_string(wait.count());
  auto response = http::Response::error(
      429, "not_allowed", "Too many login attempts. Try again in " + seconds + " seconds.");
  response.setHeader("Retry-After", seconds);
  return response;
}

/// POST /auth/:actor/emailpass: `{token}` for a valid e-mail and password; 429 while the
/// e-mail or the client address is throttled after repeated failures.
http::Response login(const http::Request& req, const auth::AuthModuleService& auth,
                     LoginThrottle& throttle, const Config& config) {
  const auto actor = actorOf(req);
  const auto credentials = credentialsOf(req);
  if (const auto wait = throttle.retryAfter(credentials.email, req.remoteAddress())) {
    return tooManyAttempts(*wait);
  }
  try {
    const auto identity = auth.authenticate(credentials.email, credentials.password);
    throttle.recordSuccess(credentials.email);
    return http::Response::json(200, {{"token", issueToken(identity, actor, config)}});
  } catch (const Error& error) {
    if (error.type() == ErrorType::Unauthorized) {
      throttle.recordFailure(credentials.email, req.remoteAddress());
    }
    throw;
  }
}

LoginThrottle::Settings throttleSettings(const Config& config) {
  return {.maxPerEmail = config.loginMaxAttempts,
          .maxPerAddress = config.loginMaxAttemptsPerIp,
          .window = std::chrono::seconds(config.loginWindowSeconds)};
}

/// POST /auth/:actor/emailpass/register: a registration token (actor_id "").
http::Response registerIdentity(const http::Request& req, const auth::AuthModuleService& auth,
                                const Config& config) {
  const auto actor = actorOf(req);
  const auto credentials = credentialsOf(req);
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
  auto throttle = std::make_shared<LoginThrottle>(throttleSettings(config));
  router.post("/auth/token/refresh",
              [&auth, &config](http::Request& req) { return refreshToken(req, auth, config); });
  router.post("/auth/:actor/emailpass", [&auth, &config, throttle](http::Request& req) {
    return login(req, auth, *throttle, config);
  });
  router.get("/auth/:actor/emailpass", [&auth, &config, throttle](http::Request& req) {
    return login(req, auth, *throttle, config);
  });
  router.post("/auth/:actor/emailpass/register",
              [&auth, &config](http::Request& req) { return registerIdentity(req, auth, config); });
}

}  // namespace medusa::api
