// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <optional>
#include <string_view>

namespace medusa::infra {

/// express-session's default cookie max-age in Medusa (10 hours), also the store TTL.
inline constexpr std::chrono::milliseconds kSessionTtl{10LL * 60 * 60 * 1000};

/// express-session's store: JSON session objects by session id, each expiring after its TTL.
/// Implementations: MemorySessionStore (one process) and redis::RedisSessionStore (`sess:<id>`).
class SessionStore {
 public:
  virtual ~SessionStore() = default;

  /// The session `sid`, or nullopt when it does not exist or has expired.
  virtual std::optional<boost::json::object> get(std::string_view sid) = 0;
  /// Creates or replaces the session `sid`; its TTL starts again from now.
  virtual void set(std::string_view sid, const boost::json::object& session,
                   std::chrono::milliseconds ttl = kSessionTtl) = 0;
  /// Removes the session `sid` (no-op when absent).
  virtual void destroy(std::string_view sid) = 0;
};

}  // namespace medusa::infra
