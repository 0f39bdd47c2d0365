// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "http/request.h"

namespace medusa::http {

/// Who made the request (API-CORE.md §2.1), put into the request context by AuthMiddleware.
/// actor_id is "" for a registration token (identity not yet attached to an actor).
struct AuthContext {
  std::string actorId{};
  std::string actorType{};
  std::string authIdentityId{};
  boost::json::object appMetadata{};
  /// The session it came from (connect.sid), "" when it came from a Bearer token.
  std::string sessionId{};
};

/// The request's auth context when it is an actor of `actorType` ("customer", "user") with an
/// actor attached, or also without one when `allowUnregistered` (a registration token); else
/// nullptr. Medusa's authenticate(actorType, ..., {allowUnregistered}) as a check in a route,
/// which then answers AuthMiddleware::unauthorized():
///
///   const auto* customer = http::actorContext(req, "customer");
///   if (!customer) return http::AuthMiddleware::unauthorized();
inline const AuthContext* actorContext(const Request& req, std::string_view actorType,
                                       bool allowUnregistered = false) {
  const auto* context = req.context().find<AuthContext>();
  if (!context || context->actorType != actorType) return nullptr;
  if (context->actorId.empty() && !allowUnregistered) return nullptr;
  return context;
}

}  // namespace medusa::http
