// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "http/middleware_chain.h"
#include "medusa/infra/session_store.h"

namespace medusa::http {

/// Looks a secret API key token (`sk_…`) up: the key's id, or nothing when the token is
/// unknown, revoked or not a secret key. Supplied by the composition root (the API key module).
using SecretKeyResolver = std::function<std::optional<std::string>(std::string_view token)>;

/// Resolves `Authorization: Bearer <jwt>` (HS256, JWT_SECRET) into an AuthContext in the
/// request context; an invalid or expired token is simply no credentials. Then guards
/// `/admin/*`, known route or not: without a registered actor of type `user` the answer is
/// exactly `401 {"message":"Unauthorized"}`, as Medusa's authenticate middleware. Without a
/// valid Bearer token, a signed `connect.sid` cookie is looked up in the session store.
class AuthMiddleware final : public Middleware {
 public:
  explicit AuthMiddleware(std::string jwtSecret) : m_jwtSecret(std::move(jwtSecret)) {}
  /// Also accepts the session cookie signed with `cookieSecret`, resolved through `sessions`.
  AuthMiddleware(std::string jwtSecret, std::string cookieSecret,
                 std::shared_ptr<infra::SessionStore> sessions)
      : m_jwtSecret(std::move(jwtSecret)),
        m_cookieSecret(std::move(cookieSecret)),
        m_sessions(std::move(sessions)) {}
  /// Also accepts a secret API key on `/admin/*` (except /admin/users* and the invite accept,
  /// as in Medusa): `Authorization: Basic base64("sk_…:")` or `Basic sk_…`, resolved through
  /// `secretKeys` into actor_type "api-key" with actor_id = the key's id.
  AuthMiddleware(std::string jwtSecret, std::string cookieSecret,
                 std::shared_ptr<infra::SessionStore> sessions, SecretKeyResolver secretKeys)
      : m_jwtSecret(std::move(jwtSecret)),
        m_cookieSecret(std::move(cookieSecret)),
        m_sessions(std::move(sessions)),
        m_secretKeys(std::move(secretKeys)) {}

  Response handle(Request& request, const Next& next) const override;

  /// The 401 of the guards: `{"message":"Unauthorized"}`, no `type`.
  static Response unauthorized();

 private:
  std::string m_jwtSecret;
  std::string m_cookieSecret;
  std::shared_ptr<infra::SessionStore> m_sessions;
  SecretKeyResolver m_secretKeys;
};

}  // namespace medusa::http
