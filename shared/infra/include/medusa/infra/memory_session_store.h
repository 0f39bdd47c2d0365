// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>

#include "medusa/infra/session_store.h"

namespace medusa::infra {

/// The in-process session store (express-session's MemoryStore): sessions are lost on restart.
/// Expired entries are dropped when read and swept on every write.
class MemorySessionStore final : public SessionStore {
 public:
  std::optional<boost::json::object> get(std::string_view sid) override;
  void set(std::string_view sid, const boost::json::object& session,
           std::chrono::milliseconds ttl = kSessionTtl) override;
  void destroy(std::string_view sid) override;

 private:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    boost::json::object session{};
    Clock::time_point expires{};
  };

  std::mutex m_mutex;
  std::map<std::string, Entry, std::less<>> m_sessions;
};

}  // namespace medusa::infra
