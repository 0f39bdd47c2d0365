// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "http/publishable_key_context.h"

namespace medusa::framework {
class QueryEngine;
}

namespace medusa::api {

/// Resolves publishable tokens for the /store guard through Query (the key and its linked
/// sales channels) and keeps each answer for a short while: the guard runs on every store
/// request, a key changes rarely. This process's api-key routes call invalidate() after a
/// write; other processes see changes once `ttl` has passed.
class PublishableKeyCache {
 public:
  explicit PublishableKeyCache(const framework::QueryEngine& query,
                               std::chrono::milliseconds ttl = std::chrono::seconds(2))
      : m_query(query), m_ttl(ttl) {}

  /// The key and its sales channels; nothing when unknown, revoked or a secret key.
  std::optional<http::PublishableKeyContext> resolve(std::string_view token);
  /// Forgets every cached answer.
  void invalidate();

 private:
  struct Entry {
    std::optional<http::PublishableKeyContext> key;
    std::chrono::steady_clock::time_point expires;
  };
  std::optional<http::PublishableKeyContext> load(std::string_view token) const;

  const framework::QueryEngine& m_query;
  std::chrono::milliseconds m_ttl;
  std::mutex m_mutex;
  std::unordered_map<std::string, Entry> m_entries;
};

}  // namespace medusa::api
