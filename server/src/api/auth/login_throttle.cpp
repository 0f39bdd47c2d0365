// SPDX-License-Identifier: MIT
#include "api/auth/login_throttle.h"

#include <algorithm>
#include <array>
#include <boost/asio/ip/address.hpp>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <utility>

namespace medusa::api {

namespace {

using TimePoint = std::chrono::steady_clock::time_point;

// Refills are fractional: a bucket within this of a whole token holds one (rounding).
constexpr double kEpsilon = 1e-9;

// Up to this many networks per e-mail are remembered as the owner's.
constexpr std::size_t kKnownNetworksPerEmail = 4;

// E-mail case must not buy an attacker a fresh budget.
std::string emailKey(std::string_view email) {
  std::string key(email);
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key;
}

// Moves a key to the front of its map's use order.
void touch(std::list<std::string>& order, std::list<std::string>::iterator position) {
  order.splice(order.begin(), order, position);
}

template <class Map>
void evictOverflow(Map& map, std::size_t maxEntries) {
  while (map.entries.size() > maxEntries && !map.order.empty()) {
    map.entries.erase(map.order.back());
    map.order.pop_back();
  }
}

}  // namespace

LoginThrottle::LoginThrottle(Settings settings, Clock clock)
    : m_settings(settings), m_clock(std::move(clock)) {
  // A bucket just made must survive its own eviction pass.
  m_settings.maxEntries = std::max<std::size_t>(m_settings.maxEntries, 1);
}

std::string LoginThrottle::networkOf(std::string_view address) {
  boost::system::error_code ec;
  auto parsed = boost::asio::ip::make_address(std::string(address), ec);
  if (ec) return std::string(address);  // not an IP address: its own key
  if (parsed.is_v6() && parsed.to_v6().is_v4_mapped()) {
    return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, parsed.to_v6()).to_string();
  }
  if (parsed.is_v4()) return parsed.to_string();
  const auto bytes = parsed.to_v6().to_bytes();
  std::array<char, 48> text{};
  const auto group = [&bytes](std::size_t i) {
    return static_cast<unsigned>(bytes[i]) << 8 | static_cast<unsigned>(bytes[i + 1]);
  };
  std::snprintf(text.data(), text.size(), "%x:%x:%x:%x::/64", group(0), group(2), group(4),
                group(6));
  return text.data();
}

LoginThrottle::Bucket* LoginThrottle::bucket(BucketMap& map, const std::string& key, int size,
                                             std::chrono::seconds period, TimePoint now) {
  const double rate = static_cast<double>(size) / static_cast<double>(period.count());
  const auto refill = [&](Bucket& b) {
    const std::chrono::duration<double> elapsed = now - b.updated;
    b.tokens = std::min(static_cast<double>(size), b.tokens + elapsed.count() * rate);
    b.updated = now;
  };
  auto it = map.entries.find(key);
  if (it != map.entries.end()) {
    touch(map.order, it->second.second);
    refill(it->second.first);
    return &it->second.first;
  }
  if (map.entries.size() >= m_settings.maxEntries && !map.order.empty()) {
    // Only a bucket that has refilled completely may go: it holds no information. When even
    // the least recently used one still counts failures, the map is full of live attempts
    // (a flood of made-up keys): refuse the new key rather than forget a count.
    auto oldest = map.entries.find(map.order.back());
    refill(oldest->second.first);
    if (oldest->second.first.tokens < static_cast<double>(size) - kEpsilon) return nullptr;
    map.entries.erase(oldest);
    map.order.pop_back();
  }
  map.order.push_front(key);
  it =
      map.entries.emplace(key, std::pair{Bucket{static_cast<double>(size), now}, map.order.begin()})
          .first;
  return &it->second.first;
}

bool LoginThrottle::isKnown(const std::string& email, const std::string& network, TimePoint now) {
  const auto it = m_known.entries.find(email);
  if (it == m_known.entries.end()) return false;
  const auto& networks = it->second.first;
  return std::any_of(networks.begin(), networks.end(), [&](const auto& known) {
    return known.first == network && known.second > now;
  });
}

LoginThrottle::Admission LoginThrottle::admit(std::string_view email, std::string_view address) {
  const auto now = m_clock();
  Admission out;
  out.attempt.email = emailKey(email);
  out.attempt.network = networkOf(address);
  const std::string pairKey = out.attempt.network + ' ' + out.attempt.email;

  std::lock_guard lock(m_mutex);
  struct Draw {
    Bucket* target;
    int size;
    std::chrono::seconds period;
    bool* charged;
  };
  std::vector<Draw> draws;
  if (m_settings.perPair > 0) {
    draws.push_back({bucket(m_pairs, pairKey, m_settings.perPair, m_settings.window, now),
                     m_settings.perPair, m_settings.window, &out.attempt.chargedPair});
  }
  if (m_settings.perNetwork > 0) {
    draws.push_back(
        {bucket(m_networks, out.attempt.network, m_settings.perNetwork, m_settings.window, now),
         m_settings.perNetwork, m_settings.window, &out.attempt.chargedNetwork});
  }
  if (m_settings.perEmail > 0 && !isKnown(out.attempt.email, out.attempt.network, now)) {
    draws.push_back(
        {bucket(m_emails, out.attempt.email, m_settings.perEmail, m_settings.emailWindow, now),
         m_settings.perEmail, m_settings.emailWindow, &out.attempt.chargedEmail});
  }
  double waitSeconds = 0;
  for (const auto& draw : draws) {
    if (draw.target == nullptr) {  // no room for a new key: wait for one token's refill
      waitSeconds = std::max(waitSeconds, static_cast<double>(draw.period.count()) / draw.size);
      continue;
    }
    if (draw.target->tokens >= 1 - kEpsilon) continue;
    // Time until this bucket holds one whole token again.
    const double perToken = static_cast<double>(draw.period.count()) / draw.size;
    waitSeconds = std::max(waitSeconds, (1 - draw.target->tokens) * perToken);
  }
  if (waitSeconds > 0) {
    // Round up: a client waiting exactly Retry-After seconds must find a token.
    out.wait = std::chrono::seconds(std::max<long long>(1, std::llround(std::ceil(waitSeconds))));
    out.attempt = Attempt{};
    return out;
  }
  for (const auto& draw : draws) {
    draw.target->tokens -= 1;
    *draw.charged = true;
  }
  return out;
}

void LoginThrottle::giveBack(BucketMap& map, const std::string& key, int size) {
  // An evicted bucket counts as full already.
  if (auto it = map.entries.find(key); it != map.entries.end()) {
    auto& b = it->second.first;
    b.tokens = std::min(static_cast<double>(size), b.tokens + 1);
  }
}

void LoginThrottle::refund(const Attempt& attempt) {
  std::lock_guard lock(m_mutex);
  if (attempt.chargedPair) {
    giveBack(m_pairs, attempt.network + ' ' + attempt.email, m_settings.perPair);
  }
  if (attempt.chargedNetwork) giveBack(m_networks, attempt.network, m_settings.perNetwork);
  if (attempt.chargedEmail) giveBack(m_emails, attempt.email, m_settings.perEmail);
}

void LoginThrottle::succeeded(const Attempt& attempt) {
  refund(attempt);
  const auto now = m_clock();
  std::lock_guard lock(m_mutex);
  // The password was known: earlier failures from here were the owner's typos.
  if (auto it = m_pairs.entries.find(attempt.network + ' ' + attempt.email);
      it != m_pairs.entries.end()) {
    it->second.first.tokens = m_settings.perPair;
  }
  auto it = m_known.entries.find(attempt.email);
  if (it == m_known.entries.end()) {
    m_known.order.push_front(attempt.email);
    it = m_known.entries
             .emplace(attempt.email, std::pair{decltype(it->second.first){}, m_known.order.begin()})
             .first;
  } else {
    touch(m_known.order, it->second.second);
  }
  auto& networks = it->second.first;
  std::erase_if(networks, [&](const auto& known) {
    return known.first == attempt.network || known.second <= now;
  });
  if (networks.size() >= kKnownNetworksPerEmail) networks.erase(networks.begin());
  networks.emplace_back(attempt.network, now + m_settings.knownFor);
  evictOverflow(m_known, m_settings.maxEntries);
}

}  // namespace medusa::api
