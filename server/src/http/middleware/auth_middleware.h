// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "http/middleware_chain.h"
#include "medusa/infra/session_store.h"

namespace medusa::http {

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

  Response handle(Request& request, const Next& next) const override;

  /// The 401 of the guards: `{"message":"Unauthorized"}`, no `type`.
  static Response unauthorized();

 private:
  std::string m_jwtSecret;
  std::string m_cookieSecret;
  std::shared_ptr<infra::SessionStore> m_sessions;
};

}  // namespace medusa::http
