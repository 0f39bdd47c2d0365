// SPDX-License-Identifier: MIT
#include "http/middleware/auth_middleware.h"

#include <cctype>
#include <optional>

#include "http/auth_context.h"
#include "http/session_cookie.h"
#include "medusa/core/crypto.h"
#include "medusa/core/jwt.h"

namespace medusa::http {

namespace {

constexpr std::string_view kBearer = "Bearer ";

bool isAdminPath(std::string_view path) {
  return path == "/admin" || path.starts_with("/admin/");
}

// Medusa authenticates this one admin route with allowUnregistered: the invitee holds only a
// registration token (actor_id "") until accepting creates the user.
bool allowsUnregistered(const Request& request) {
  return request.method() == Method::Post && request.path() == "/admin/invites/accept";
}

// Medusa's admin routes accept secret API keys, except the user routes and the invite accept
// (they authenticate bearer and session only).
bool acceptsSecretKey(const Request& request) {
  const auto path = request.path();
  if (path == "/admin/users" || path.starts_with("/admin/users/")) return false;
  return path != "/admin/invites/accept";
}

// `Basic sk_…` or `Basic base64("sk_…:")`, as Medusa's getApiKeyInfo reads it.
std::optional<AuthContext> fromSecretKey(const Request& request, const SecretKeyResolver& keys) {
  constexpr std::string_view kBasic = "basic ";
  const auto header = request.header("authorization");
  if (header.size() <= kBasic.size()) return std::nullopt;
  for (std::size_t i = 0; i < kBasic.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(header[i])) != kBasic[i]) return std::nullopt;
  }
  std::string token(header.substr(kBasic.size()));
  if (!token.starts_with("sk_")) token = crypto::base64Decode(token).value_or(std::string());
  if (token.ends_with(':')) token.pop_back();
  if (!token.starts_with("sk_")) return std::nullopt;
  auto keyId = keys(token);
  if (!keyId) return std::nullopt;
  return AuthContext{.actorId = std::move(*keyId), .actorType = "api-key"};
}

std::string stringClaim(const boost::json::object& claims, std::string_view key) {
  const auto* value = claims.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

std::optional<AuthContext> fromBearer(const Request& request, std::string_view secret) {
  const auto header = request.header("authorization");
  if (header.size() <= kBearer.size()) return std::nullopt;
  // The scheme is case-insensitive; the token follows one space.
  for (std::size_t i = 0; i < kBearer.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(header[i])) !=
        std::tolower(static_cast<unsigned char>(kBearer[i]))) {
      return std::nullopt;
    }
  }
  const auto claims = jwt::verify(header.substr(kBearer.size()), secret);
  if (!claims) return std::nullopt;
  AuthContext context{.actorId = stringClaim(*claims, "actor_id"),
                      .actorType = stringClaim(*claims, "actor_type"),
                      .authIdentityId = stringClaim(*claims, "auth_identity_id")};
  if (context.authIdentityId.empty() || context.actorType.empty()) return std::nullopt;
  if (const auto* meta = claims->if_contains("app_metadata"); meta && meta->is_object()) {
    context.appMetadata = meta->get_object();
  }
  return context;
}

// express-session keeps Medusa's auth context under `auth_context`.
std::optional<AuthContext> fromSession(const Request& request, std::string_view cookieSecret,
                                       infra::SessionStore& sessions) {
  const auto cookies = request.header("cookie");
  if (cookies.empty()) return std::nullopt;
  const auto sid = sessionIdFromCookies(cookies, cookieSecret);
  if (!sid) return std::nullopt;
  const auto session = sessions.get(*sid);
  if (!session) return std::nullopt;
  const auto* stored = session->if_contains("auth_context");
  if (!stored || !stored->is_object()) return std::nullopt;
  const auto& object = stored->get_object();
  AuthContext context{.actorId = stringClaim(object, "actor_id"),
                      .actorType = stringClaim(object, "actor_type"),
                      .authIdentityId = stringClaim(object, "auth_identity_id"),
                      .sessionId = *sid};
  if (context.authIdentityId.empty() || context.actorType.empty()) return std::nullopt;
  if (const auto* meta = object.if_contains("app_metadata"); meta && meta->is_object()) {
    context.appMetadata = meta->get_object();
  }
  return context;
}

}  // namespace

Response AuthMiddleware::unauthorized() {
  return Response::json(401, boost::json::object{{"message", "Unauthorized"}});
}

Response AuthMiddleware::handle(Request& request, const Next& next) const {
  if (m_secretKeys && isAdminPath(request.path()) && acceptsSecretKey(request)) {
    if (auto key = fromSecretKey(request, m_secretKeys)) {
      request.context().emplace<AuthContext>(std::move(*key));
      return next(request);
    }
  }
  if (auto context = fromBearer(request, m_jwtSecret)) {
    request.context().emplace<AuthContext>(std::move(*context));
  } else if (m_sessions) {
    if (auto session = fromSession(request, m_cookieSecret, *m_sessions)) {
      request.context().emplace<AuthContext>(std::move(*session));
    }
  }
  if (isAdminPath(request.path())) {
    const auto* context = request.context().find<AuthContext>();
    if (!context || context->actorType != "user" ||
        (context->actorId.empty() && !allowsUnregistered(request))) {
      return unauthorized();
    }
  }
  return next(request);
}

}  // namespace medusa::http
