// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "medusa/infra/locking.h"

namespace medusa::infra {

/// The in-process locking provider (Medusa's "in-memory"): correct within one server process
/// only. Waiters sleep on a condition variable until a key is released or expires.
class MemoryLocking final : public Locking {
 public:
  /// Takes all keys at once or none (see Locking::acquire).
  void acquire(const std::vector<std::string>& keys, const LockOptions& options) override;
  /// Releases keys (see Locking::release).
  bool release(const std::vector<std::string>& keys, std::string_view ownerId) override;
  /// Releases every key of an owner (see Locking::releaseAll).
  void releaseAll(std::string_view ownerId) override;

  /// Whether `key` is held right now (expired locks count as free).
  bool isLocked(std::string_view key) const;

 private:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    std::string owner{};
    std::optional<Clock::time_point> expires{};
  };

  static bool expired(const Entry& entry, Clock::time_point now);

  mutable std::mutex m_mutex;
  std::condition_variable m_released;
  std::map<std::string, Entry, std::less<>> m_locks;
};

}  // namespace medusa::infra
