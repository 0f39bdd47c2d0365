// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>

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

}  // namespace medusa::http
