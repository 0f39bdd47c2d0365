// SPDX-License-Identifier: MIT
#include "http/middleware/store_cache_middleware.h"

#include "http/method.h"

namespace medusa::http {

namespace {

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
  if (m_ttl.count() <= 0) return next(request);
  if (!cacheable(request)) {
    auto response = next(request);
    if (changesState(request) && response.status() >= 200 && response.status() < 300) {
      ++m_generation;
      std::lock_guard lock(m_mutex);
      m_entries.clear();
    }
    return response;
  }
  std::string key(request.target());
  key += '\n';
  key += request.header("x-publishable-api-key");
  const auto now = std::chrono::steady_clock::now();
  const auto generation = m_generation.load();
  {
    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(key); it != m_entries.end()) {
      if (it->second.expires > now && it->second.generation == generation) {
        Response hit = it->second.response;
        hit.setHeader("x-cache", "HIT");
        return hit;
      }
      m_entries.erase(it);
    }
  }
  auto response = next(request);
  if (response.status() == 200) {
    std::lock_guard lock(m_mutex);
    // Only keep it if no write happened while it was being computed.
    if (generation == m_generation.load()) {
      if (m_entries.size() >= m_maxEntries) m_entries.clear();
      m_entries[key] = Entry{response, now + m_ttl, generation};
    }
  }
  response.setHeader("x-cache", "MISS");
  return response;
}

}  // namespace medusa::http
