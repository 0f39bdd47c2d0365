// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "http/middleware_chain.h"

namespace medusa::http {

/// How much the store answer cache may hold. An answer counts its body, its key and a fixed
/// overhead; answers larger than maxEntryBytes are never kept.
struct StoreCacheLimits {
  std::chrono::milliseconds ttl{2'000};
  std::size_t maxEntries = 4096;
  std::size_t maxBytes = 32 * 1024 * 1024;
  std::size_t maxEntryBytes = 512 * 1024;
};

/// A short-lived cache of anonymous storefront reads: `GET /store/*` without credentials
/// (no Authorization header, no cookie) answered 200 is kept, keyed by the request target and
/// the publishable key, for `ttl`. Any state-changing request this process answers with a
/// 2xx (a catalog edit, an order...) empties it at once; other server processes' edits show
/// after `ttl` at most. A zero ttl disables it. Responses say `x-cache: HIT|MISS`.
///
/// Bounded by entries and bytes: every entry lives exactly `ttl`, so insertion order is expiry
/// order; an insert first drops the expired entries at the front, then the oldest live ones
/// until the new answer fits. Each drop is O(1), each insert amortised O(1).
class StoreCacheMiddleware final : public Middleware {
 public:
  explicit StoreCacheMiddleware(StoreCacheLimits limits) : m_limits(limits) {}
  explicit StoreCacheMiddleware(std::chrono::milliseconds ttl)
      : StoreCacheMiddleware(StoreCacheLimits{.ttl = ttl}) {}

  Response handle(Request& request, const Next& next) const override;

  /// What the cache holds now (for tests and metrics).
  std::size_t entryCount() const;
  std::size_t byteCount() const;

 private:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    std::string key;
    Response response;
    Clock::time_point expires;
    std::uint64_t generation = 0;
    std::size_t bytes = 0;
  };
  using Order = std::list<Entry>;

  void insert(std::string key, const Response& response, Clock::time_point now,
              std::uint64_t generation) const;
  void erase(Order::iterator it) const;

  StoreCacheLimits m_limits;
  mutable std::atomic<std::uint64_t> m_generation{0};
  mutable std::mutex m_mutex;
  mutable Order m_order;  // oldest (first to expire) first
  mutable std::unordered_map<std::string_view, Order::iterator> m_index;  // keys live in m_order
  mutable std::size_t m_bytes = 0;
};

}  // namespace medusa::http
