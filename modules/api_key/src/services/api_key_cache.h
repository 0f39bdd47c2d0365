// SPDX-License-Identifier: MIT
// The short-lived in-process cache behind ApiKeyModuleService's per-request lookups.
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace medusa::api_key::detail {

/// Lookup results by key (also misses), each kept for `ttl`. Thread-safe. clear() bumps a
/// generation so that a lookup that read the database before the clear cannot store its now
/// stale result after it.
class ApiKeyCache {
 public:
  /// A cached result: the key row, or nullopt for "no such key".
  struct Hit {
    std::optional<boost::json::object> row;
  };

  /// A cache whose entries live `ttl` (0 disables it), holding at most `maxEntries`.
  explicit ApiKeyCache(std::chrono::milliseconds ttl, std::size_t maxEntries = 4096);

  /// The fresh entry for `key`, if any.
  std::optional<Hit> find(const std::string& key) const;
  /// The generation to pass to store() (read before querying the database).
  std::uint64_t generation() const;
  /// Stores a result unless clear() ran since `generation` was read.
  void store(const std::string& key, std::optional<boost::json::object> row,
             std::uint64_t generation);
  /// Forgets everything (a key was created, changed, revoked or deleted).
  void clear();

 private:
  struct Entry {
    std::optional<boost::json::object> row;
    std::chrono::steady_clock::time_point expires;
  };
  std::chrono::milliseconds m_ttl;
  std::size_t m_maxEntries;
  mutable std::mutex m_mutex;
  std::unordered_map<std::string, Entry> m_entries;
  std::uint64_t m_generation = 0;
};

}  // namespace medusa::api_key::detail
