// SPDX-License-Identifier: MIT
#include "http/middleware/store_cache_middleware.h"

#include "http/method.h"

namespace medusa::http {

namespace {

// What one entry costs besides its key and body: the list node, the index slot, the headers.
constexpr std::size_t kEntryOverhead = 256;

bool cacheable(const Request& request) {
  const auto path = request.path();
  return request.method() == Method::Get && path.starts_with("/store/") &&
         !request.headers().contains("authorization") && !request.headers().contains("cookie");
}

bool changesState(const Request& request) {
  const auto method = request.method();
  return method != Method::Get && method != Method::Head && method != Method::Options;
}

}  // namespace

Response StoreCacheMiddleware::handle(Request& request, const Next& next) const {
  if (m_limits.ttl.count() <= 0) return next(request);
  if (!cacheable(request)) {
    auto response = next(request);
    if (changesState(request) && response.status() >= 200 && response.status() < 300) {
      ++m_generation;
      std::lock_guard lock(m_mutex);
      m_index.clear();
      m_order.clear();
      m_bytes = 0;
    }
    return response;
  }
  std::string key(request.target());
  key += '\n';
  key += request.header("x-publishable-api-key");
  const auto now = Clock::now();
  const auto generation = m_generation.load();
  {
    std::lock_guard lock(m_mutex);
    if (auto it = m_index.find(key); it != m_index.end()) {
      const Entry& entry = *it->second;
      if (entry.expires > now && entry.generation == generation) {
        Response hit = entry.response;
        hit.setHeader("x-cache", "HIT");
        return hit;
      }
      erase(it->second);
    }
  }
  auto response = next(request);
  if (response.status() == 200) insert(std::move(key), response, now, generation);
  response.setHeader("x-cache", "MISS");
  return response;
}

void StoreCacheMiddleware::insert(std::string key, const Response& response, Clock::time_point now,
                                  std::uint64_t generation) const {
  const std::size_t bytes = key.size() + response.body().size() + kEntryOverhead;
  if (bytes > m_limits.maxEntryBytes || bytes > m_limits.maxBytes || m_limits.maxEntries == 0) {
    return;  // a huge answer would push out many small ones: serve it, do not keep it
  }
  std::lock_guard lock(m_mutex);
  // Only keep it if no write happened while it was being computed.
  if (generation != m_generation.load()) return;
  if (auto it = m_index.find(key); it != m_index.end()) erase(it->second);
  while (!m_order.empty() && m_order.front().expires <= now) erase(m_order.begin());
  while (!m_order.empty() &&
         (m_index.size() >= m_limits.maxEntries || m_bytes + bytes > m_limits.maxBytes)) {
    erase(m_order.begin());
  }
  m_order.push_back(Entry{std::move(key), response, now + m_limits.ttl, generation, bytes});
  const auto last = std::prev(m_order.end());
  m_index.emplace(last->key, last);
  m_bytes += bytes;
}

void StoreCacheMiddleware::erase(Order::iterator it) const {
  m_bytes -= it->bytes;
  m_index.erase(it->key);
  m_order.erase(it);
}

std::size_t StoreCacheMiddleware::entryCount() const {
  std::lock_guard lock(m_mutex);
  return m_index.size();
}

std::size_t StoreCacheMiddleware::byteCount() const {
  std::lock_guard lock(m_mutex);
  return m_bytes;
}

}  // namespace medusa::http
