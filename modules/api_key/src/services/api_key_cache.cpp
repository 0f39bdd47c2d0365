// SPDX-License-Identifier: MIT
#include "api_key_cache.h"

#include <iterator>

namespace medusa::api_key::detail {

ApiKeyCache::ApiKeyCache(std::chrono::milliseconds ttl, std::size_t maxEntries)
    : m_ttl(ttl), m_maxEntries(maxEntries) {}

std::optional<ApiKeyCache::Hit> ApiKeyCache::find(const std::string& key) const {
  if (m_ttl.count() <= 0) return std::nullopt;
  std::lock_guard lock(m_mutex);
  const auto it = m_entries.find(key);
  if (it == m_entries.end() || it->second.expires <= std::chrono::steady_clock::now()) {
    return std::nullopt;
  }
  return Hit{it->second.row};
}

std::uint64_t ApiKeyCache::generation() const {
  std::lock_guard lock(m_mutex);
  return m_generation;
}

void ApiKeyCache::store(const std::string& key, std::optional<boost::json::object> row,
                        std::uint64_t generation) {
  if (m_ttl.count() <= 0) return;
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(m_mutex);
  if (generation != m_generation) return;
  if (m_entries.size() >= m_maxEntries) {
    // Random tokens (misses) must not grow memory: drop what expired, and if that is not
    // enough, everything; the next requests simply query again.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
      it = it->second.expires <= now ? m_entries.erase(it) : std::next(it);
    }
    if (m_entries.size() >= m_maxEntries) m_entries.clear();
  }
  m_entries.insert_or_assign(key, Entry{std::move(row), now + m_ttl});
}

void ApiKeyCache::clear() {
  std::lock_guard lock(m_mutex);
  m_entries.clear();
  ++m_generation;
}

}  // namespace medusa::api_key::detail
