// SPDX-License-Identifier: MIT
#include "api/store/common/publishable_key_cache.h"

#include "medusa/core/time.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api {

namespace bj = boost::json;

namespace {

constexpr std::size_t kMaxEntries = 10'000;  // unknown tokens are cached too: bound them

}  // namespace

std::optional<http::PublishableKeyContext> PublishableKeyCache::resolve(std::string_view token) {
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(std::string(token)); it != m_entries.end() && it->second.expires > now) {
      return it->second.key;
    }
  }
  auto key = load(token);
  std::lock_guard lock(m_mutex);
  if (m_entries.size() >= kMaxEntries) m_entries.clear();
  m_entries[std::string(token)] = Entry{key, now + m_ttl};
  return key;
}

void PublishableKeyCache::invalidate() {
  std::lock_guard lock(m_mutex);
  m_entries.clear();
}

std::optional<http::PublishableKeyContext> PublishableKeyCache::load(std::string_view token) const {
  const auto result = m_query.graph(
      {.entity = "api_key",
       .fields = {"id", "revoked_at", "sales_channels_link.sales_channel_id"},
       .filters = bj::object{{"token", token}, {"type", "publishable"}}});
  if (result.rows.empty()) return std::nullopt;
  const auto& row = result.rows.front().as_object();
  // A key revoked with `revoke_in` stays valid until its revoked_at.
  if (const auto& revokedAt = row.at("revoked_at"); !revokedAt.is_null()) {
    if (time::parse(revokedAt.as_string()) <= time::now()) return std::nullopt;
  }
  http::PublishableKeyContext key{.key = std::string(row.at("id").as_string())};
  if (const auto* links = row.if_contains("sales_channels_link"); links && links->is_array()) {
    for (const auto& link : links->as_array()) {
      key.salesChannelIds.emplace_back(link.at("sales_channel_id").as_string());
    }
  }
  return key;
}

}  // namespace medusa::api
