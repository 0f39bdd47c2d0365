// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "http/middleware_chain.h"

namespace medusa::http {

/// Resolves `Authorization: Bearer <jwt>` (HS256, JWT_SECRET) into an AuthContext in the
/// request context; an invalid or expired token is simply no credentials. Then guards
/// `/admin/*`, known route or not: without a registered actor of type `user` the answer is
/// exactly `401 {"message":"Unauthorized"}`, as Medusa's authenticate middleware.
class AuthMiddleware final : public Middleware {
 public:
  explicit AuthMiddleware(std::string jwtSecret) : m_jwtSecret(std::move(jwtSecret)) {}

  Response handle(Request& request, const Next& next) const override;

  /// The 401 of the guards: `{"message":"Unauthorized"}`, no `type`.
  static Response unauthorized();

 private:
  std::string m_jwtSecret;
};

}  // namespace medusa::http
