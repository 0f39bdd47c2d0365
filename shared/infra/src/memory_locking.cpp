// SPDX-License-Identifier: MIT
#include "medusa/infra/memory_locking.h"

#include <algorithm>

#include "medusa/core/error.h"

namespace medusa::infra {

bool MemoryLocking::expired(const Entry& entry, Clock::time_point now) {
  return entry.expires && *entry.expires <= now;
}

void MemoryLocking::acquire(const std::vector<std::string>& requested, const LockOptions& options) {
  const auto keys = normalizedLockKeys(requested);
  const auto deadline = Clock::now() + options.timeout;
  std::unique_lock lock(m_mutex);
  for (;;) {
    const auto now = Clock::now();
    const std::string* blocked = nullptr;
    std::optional<Clock::time_point> blockerExpires;
    for (const auto& key : keys) {
      const auto it = m_locks.find(key);
      if (it == m_locks.end() || expired(it->second, now)) continue;
      if (!options.ownerId.empty() && it->second.owner == options.ownerId) continue;
      blocked = &key;
      blockerExpires = it->second.expires;
      break;
    }
    if (!blocked) {
      // All free (or ours): take them together, so nobody ever holds a partial set.
      std::optional<Clock::time_point> expires;
      if (options.ttl.count() > 0) expires = now + options.ttl;
      for (const auto& key : keys) m_locks[key] = Entry{options.ownerId, expires};
      return;
    }
    if (now >= deadline) {
      throw Error(ErrorType::Conflict, "Failed to acquire lock for key \"" + *blocked + "\"");
    }
    m_released.wait_until(lock, std::min(deadline, blockerExpires.value_or(deadline)));
  }
}

bool MemoryLocking::release(const std::vector<std::string>& keys, std::string_view ownerId) {
  bool all = true;
  {
    std::lock_guard lock(m_mutex);
    for (const auto& key : keys) {
      const auto it = m_locks.find(key);
      if (it == m_locks.end() || (!ownerId.empty() && it->second.owner != ownerId)) {
        all = false;
        continue;
      }
      m_locks.erase(it);
    }
  }
  m_released.notify_all();
  return all;
}

void MemoryLocking::releaseAll(std::string_view ownerId) {
  {
    std::lock_guard lock(m_mutex);
    std::erase_if(
        m_locks, [&](const auto& item) { return ownerId.empty() || item.second.owner == ownerId; });
  }
  m_released.notify_all();
}

bool MemoryLocking::isLocked(std::string_view key) const {
  std::lock_guard lock(m_mutex);
  const auto it = m_locks.find(key);
  return it != m_locks.end() && !expired(it->second, Clock::now());
}

}  // namespace medusa::infra
