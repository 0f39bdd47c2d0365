// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "medusa/infra/session_store.h"

namespace medusa::infra {

/// How many sessions the in-process store keeps by default (MEDUSA_SESSION_MAX_ENTRIES).
inline constexpr std::size_t kDefaultMaxSessions = 100'000;

/// The in-process session store (express-session's MemoryStore): sessions are lost on restart.
/// Bounded (issue #12): at most about `maxSessions` (rounded up to a multiple of the shard
/// count); when full, a new session pushes out the one closest to expiry. Sessions live in
/// 16 shards, each with its own lock and an expiry queue, so no request scans the store or
/// waits on one global lock: get() is a lookup, set() drops the expired sessions at the front
/// of its shard's queue (amortised O(1) each) and costs O(log n) for the queue.
class MemorySessionStore final : public SessionStore {
 public:
  explicit MemorySessionStore(std::size_t maxSessions = kDefaultMaxSessions);

  std::optional<boost::json::object> get(std::string_view sid) override;
  void set(std::string_view sid, const boost::json::object& session,
           std::chrono::milliseconds ttl = kSessionTtl) override;
  void destroy(std::string_view sid) override;

  /// Sessions held, expired ones not yet dropped included (for tests and metrics).
  std::size_t size() const;
  /// Live sessions pushed out because the store was full, since start.
  std::uint64_t evicted() const noexcept { return m_evicted.load(std::memory_order_relaxed); }

 private:
  using Clock = std::chrono::steady_clock;
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  struct Entry;
  using ExpiryQueue = std::multimap<Clock::time_point, std::string_view>;  // soonest first
  struct Entry {
    boost::json::object session{};
    Clock::time_point expires{};
    ExpiryQueue::iterator queued{};
  };
  struct Shard {
    mutable std::mutex mutex;
    // Keys are stable (node-based map): the queue points at them.
    std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> sessions;
    ExpiryQueue expiry;
  };
  static constexpr std::size_t kShards = 16;

  Shard& shardOf(std::string_view sid);
  static void erase(Shard& shard, decltype(Shard::sessions)::iterator it);

  std::size_t m_perShard;
  std::array<Shard, kShards> m_shards;
  std::atomic<std::uint64_t> m_evicted{0};
};

}  // namespace medusa::infra
