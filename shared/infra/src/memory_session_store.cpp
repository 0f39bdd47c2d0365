// SPDX-License-Identifier: MIT
#include "medusa/infra/memory_session_store.h"

#include <iterator>

namespace medusa::infra {

std::optional<boost::json::object> MemorySessionStore::get(std::string_view sid) {
  const std::lock_guard lock(m_mutex);
  const auto it = m_sessions.find(sid);
  if (it == m_sessions.end()) return std::nullopt;
  if (it->second.expires <= Clock::now()) {
    m_sessions.erase(it);
    return std::nullopt;
  }
  return it->second.session;
}

void MemorySessionStore::set(std::string_view sid, const boost::json::object& session,
                             std::chrono::milliseconds ttl) {
  const std::lock_guard lock(m_mutex);
  const auto now = Clock::now();
  for (auto it = m_sessions.begin(); it != m_sessions.end();) {
    it = it->second.expires <= now ? m_sessions.erase(it) : std::next(it);
  }
  m_sessions.insert_or_assign(std::string(sid), Entry{.session = session, .expires = now + ttl});
}

void MemorySessionStore::destroy(std::string_view sid) {
  const std::lock_guard lock(m_mutex);
  if (const auto it = m_sessions.find(sid); it != m_sessions.end()) m_sessions.erase(it);
}

}  // namespace medusa::infra
