// SPDX-License-Identifier: MIT
#include "api/auth/login_throttle.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace medusa::api {

namespace {

using TimePoint = std::chrono::steady_clock::time_point;

// E-mail case must not buy an attacker a fresh budget.
std::string emailKey(std::string_view email) {
  std::string key(email);
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key;
}

}  // namespace

LoginThrottle::LoginThrottle(Settings settings, Clock clock)
    : m_settings(settings), m_clock(std::move(clock)) {}

std::optional<std::chrono::seconds> LoginThrottle::blockedFor(const Counter& counter,
                                                              const std::string& key, int limit,
                                                              TimePoint now) const {
  if (limit <= 0) return std::nullopt;
  const auto it = counter.windows.find(key);
  if (it == counter.windows.end() || it->second.failures < limit) return std::nullopt;
  const auto end = it->second.start + m_settings.window;
  if (end <= now) return std::nullopt;
  // Round up: a client waiting exactly Retry-After seconds must find the window over.
  const auto left = std::chrono::ceil<std::chrono::seconds>(end - now);
  return std::max(left, std::chrono::seconds(1));
}

std::optional<std::chrono::seconds> LoginThrottle::retryAfter(std::string_view email,
                                                              std::string_view address) const {
  const auto now = m_clock();
  std::lock_guard lock(m_mutex);
  const auto byEmail = blockedFor(m_emails, emailKey(email), m_settings.maxPerEmail, now);
  const auto byAddress =
      blockedFor(m_addresses, std::string(address), m_settings.maxPerAddress, now);
  if (byEmail && byAddress) return std::max(*byEmail, *byAddress);
  return byEmail ? byEmail : byAddress;
}

void LoginThrottle::evict(Counter& counter, TimePoint now) {
  // `order` holds window starts in time order; an entry is stale when its window has since
  // been restarted or cleared.
  while (!counter.order.empty()) {
    const auto& [key, start] = counter.order.front();
    const auto it = counter.windows.find(key);
    const bool stale = it == counter.windows.end() || it->second.start != start;
    const bool expired = start + m_settings.window <= now;
    // Restarted windows leave stale entries behind: cap those too.
    const bool full = counter.windows.size() >= m_settings.maxEntries ||
                      counter.order.size() >= 2 * m_settings.maxEntries;
    if (!stale && !expired && !full) break;
    if (!stale) counter.windows.erase(it);
    counter.order.pop_front();
  }
}

void LoginThrottle::count(Counter& counter, std::string key, TimePoint now) {
  evict(counter, now);
  auto it = counter.windows.find(key);
  if (it == counter.windows.end() || it->second.start + m_settings.window <= now) {
    counter.windows[key] = Window{.start = now, .failures = 1};
    counter.order.emplace_back(std::move(key), now);
    return;
  }
  ++it->second.failures;
}

void LoginThrottle::recordFailure(std::string_view email, std::string_view address) {
  const auto now = m_clock();
  std::lock_guard lock(m_mutex);
  if (m_settings.maxPerEmail > 0) count(m_emails, emailKey(email), now);
  if (m_settings.maxPerAddress > 0) count(m_addresses, std::string(address), now);
}

void LoginThrottle::recordSuccess(std::string_view email) {
  std::lock_guard lock(m_mutex);
  m_emails.windows.erase(emailKey(email));
}

}  // namespace medusa::api
