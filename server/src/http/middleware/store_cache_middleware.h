// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "http/middleware_chain.h"

namespace medusa::http {

/// A short-lived cache of anonymous storefront reads: `GET /store/*` without credentials
/// (no Authorization header, no cookie) answered 200 is kept, keyed by the request target and
/// the publishable key, for `ttl`. Any state-changing request this process answers with a
/// 2xx (a catalog edit, an order...) empties it at once; other server processes' edits show
/// after `ttl` at most. A zero ttl disables it. Responses say `x-cache: HIT|MISS`.
class StoreCacheMiddleware final : public Middleware {
 public:
  explicit StoreCacheMiddleware(std::chrono::milliseconds ttl, std::size_t maxEntries = 4096)
      : m_ttl(ttl), m_maxEntries(maxEntries) {}

  Response handle(Request& request, const Next& next) const override;

 private:
  struct Entry {
    Response response;
    std::chrono::steady_clock::time_point expires;
    std::uint64_t generation = 0;
  };

  std::chrono::milliseconds m_ttl;
  std::size_t m_maxEntries;
  mutable std::atomic<std::uint64_t> m_generation{0};
  mutable std::mutex m_mutex;
  mutable std::unordered_map<std::string, Entry> m_entries;
};

}  // namespace medusa::http
