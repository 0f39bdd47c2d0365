// SPDX-License-Identifier: MIT
#include "api/auth/session_routes.h"

#include "http/auth_context.h"
#include "http/middleware/auth_middleware.h"
#include "http/session_cookie.h"

namespace medusa::api {

namespace {

boost::json::object toJson(const http::AuthContext& context) {
  return {{"actor_id", context.actorId},
          {"actor_type", context.actorType},
          {"auth_identity_id", context.authIdentityId},
          {"app_metadata", context.appMetadata}};
}

/// POST /auth/session: stores the Bearer token's auth context in a new cookie session.
http::Response createSession(const http::Request& req, infra::SessionStore& sessions,
                             const Config& config) {
  const auto* context = req.context().find<http::AuthContext>();
  // Medusa authenticates this route with the bearer method only.
  if (!context || !context->sessionId.empty()) return http::AuthMiddleware::unauthorized();
  const auto user = toJson(*context);
  const auto sid = http::newSessionId();
  sessions.set(sid, {{"auth_context", user}});
  auto response = http::Response::json(200, {{"user", user}});
  response.setHeader("set-cookie",
                     http::sessionSetCookie(sid, config.cookieSecret, config.isProduction()));
  return response;
}

/// DELETE /auth/session: destroys the cookie's session (if any) and clears the cookie.
http::Response deleteSession(const http::Request& req, infra::SessionStore& sessions,
                             const Config& config) {
  if (const auto sid = http::sessionIdFromCookies(req.header("cookie"), config.cookieSecret)) {
    sessions.destroy(*sid);
  }
  auto response = http::Response::json(200, {{"success", true}});
  response.setHeader("set-cookie", http::clearedSessionSetCookie(config.isProduction()));
  return response;
}

}  // namespace

void registerSessionRoutes(http::Router& router, std::shared_ptr<infra::SessionStore> sessions,
                           const Config& config) {
  router.post("/auth/session", [sessions, &config](http::Request& req) {
    return createSession(req, *sessions, config);
  });
  router.del("/auth/session", [sessions, &config](http::Request& req) {
    return deleteSession(req, *sessions, config);
  });
}

}  // namespace medusa::api
