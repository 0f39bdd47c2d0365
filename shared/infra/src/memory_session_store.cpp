// SPDX-License-Identifier: MIT
#include "medusa/infra/memory_session_store.h"

#include <algorithm>

namespace medusa::infra {

MemorySessionStore::MemorySessionStore(std::size_t maxSessions)
    : m_perShard(std::max<std::size_t>(1, (maxSessions + kShards - 1) / kShards)) {}

MemorySessionStore::Shard& MemorySessionStore::shardOf(std::string_view sid) {
  return m_shards[std::hash<std::string_view>{}(sid) % kShards];
}

void MemorySessionStore::erase(Shard& shard, decltype(Shard::sessions)::iterator it) {
  shard.expiry.erase(it->second.queued);
  shard.sessions.erase(it);
}

std::optional<boost::json::object> MemorySessionStore::get(std::string_view sid) {
  Shard& shard = shardOf(sid);
  const std::lock_guard lock(shard.mutex);
  const auto it = shard.sessions.find(sid);
  if (it == shard.sessions.end()) return std::nullopt;
  if (it->second.expires <= Clock::now()) {
    erase(shard, it);
    return std::nullopt;
  }
  return it->second.session;
}

void MemorySessionStore::set(std::string_view sid, const boost::json::object& session,
                             std::chrono::milliseconds ttl) {
  Shard& shard = shardOf(sid);
  const std::lock_guard lock(shard.mutex);
  const auto now = Clock::now();
  while (!shard.expiry.empty() && shard.expiry.begin()->first <= now) {
    erase(shard, shard.sessions.find(shard.expiry.begin()->second));
  }
  auto it = shard.sessions.find(sid);
  if (it == shard.sessions.end()) {
    if (shard.sessions.size() >= m_perShard) {  // full: the session closest to expiry goes
      erase(shard, shard.sessions.find(shard.expiry.begin()->second));
      m_evicted.fetch_add(1, std::memory_order_relaxed);
    }
    it = shard.sessions.emplace(std::string(sid), Entry{}).first;
  } else {
    shard.expiry.erase(it->second.queued);
  }
  it->second.session = session;
  it->second.expires = now + ttl;
  it->second.queued = shard.expiry.emplace(it->second.expires, it->first);
}

void MemorySessionStore::destroy(std::string_view sid) {
  Shard& shard = shardOf(sid);
  const std::lock_guard lock(shard.mutex);
  if (const auto it = shard.sessions.find(sid); it != shard.sessions.end()) erase(shard, it);
}

std::size_t MemorySessionStore::size() const {
  std::size_t total = 0;
  for (const Shard& shard : m_shards) {
    const std::lock_guard lock(shard.mutex);
    total += shard.sessions.size();
  }
  return total;
}

}  // namespace medusa::infra
