// SPDX-License-Identifier: MIT
#include "http/middleware/cors_origins.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <regex>
#include <shared_mutex>
#include <unordered_map>

namespace medusa::http {

namespace {

// Bounds the memory an attacker can make the cache use by sending made-up origins.
constexpr std::size_t kMaxCachedOrigins = 1024;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Medusa's buildRegexpIfValid: /^([/~@;%#'])(.*?)\1([gimsuy]*)$/. std::regex's ECMAScript
// grammar is JavaScript's; of the flags only `i` and `m` change a single test (g and y are
// stateful in JS and Medusa strips them; s and u have no std::regex equivalent).
std::optional<std::regex> buildRegexIfValid(std::string_view entry) {
  constexpr std::string_view kDelimiters = "/~@;%#'";
  if (entry.size() < 2 || kDelimiters.find(entry.front()) == std::string_view::npos) {
    return std::nullopt;
  }
  const char delimiter = entry.front();
  // Flags never contain a delimiter, so the closing delimiter can only be the last one.
  const auto close = entry.rfind(delimiter);
  if (close == 0) return std::nullopt;
  const std::string_view flags = entry.substr(close + 1);
  if (!std::all_of(flags.begin(), flags.end(), [](char c) {
        return std::string_view("gimsuy").find(c) != std::string_view::npos;
      })) {
    return std::nullopt;
  }
  auto options = std::regex::ECMAScript;
  if (flags.find('i') != std::string_view::npos) options |= std::regex::icase;
  if (flags.find('m') != std::string_view::npos) options |= std::regex::multiline;
  try {
    return std::regex(std::string(entry.substr(1, close - 1)), options);
  } catch (const std::regex_error&) {
    return std::nullopt;
  }
}

}  // namespace

struct CorsOrigins::Impl {
  std::vector<std::string> exact;
  std::vector<std::regex> patterns;
  mutable std::shared_mutex cacheMutex;
  mutable std::unordered_map<std::string, bool> cache;
};

CorsOrigins::CorsOrigins() : m_impl(std::make_unique<Impl>()) {}

CorsOrigins::CorsOrigins(std::string_view list) : CorsOrigins() {
  while (!list.empty()) {
    const auto comma = list.find(',');
    const std::string_view entry = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (entry.empty()) continue;
    if (auto pattern = buildRegexIfValid(entry)) {
      m_impl->patterns.push_back(std::move(*pattern));
    } else {
      m_impl->exact.emplace_back(entry);
    }
  }
}

CorsOrigins::~CorsOrigins() = default;
CorsOrigins::CorsOrigins(CorsOrigins&&) noexcept = default;
CorsOrigins& CorsOrigins::operator=(CorsOrigins&&) noexcept = default;

bool CorsOrigins::empty() const noexcept {
  return m_impl->exact.empty() && m_impl->patterns.empty();
}

bool CorsOrigins::allows(std::string_view origin) const {
  if (std::find(m_impl->exact.begin(), m_impl->exact.end(), origin) != m_impl->exact.end()) {
    return true;
  }
  if (m_impl->patterns.empty()) return false;
  const std::string key(origin);
  {
    std::shared_lock lock(m_impl->cacheMutex);
    if (auto it = m_impl->cache.find(key); it != m_impl->cache.end()) return it->second;
  }
  // JavaScript's RegExp#test is a search, not a full match.
  const bool allowed = std::any_of(m_impl->patterns.begin(), m_impl->patterns.end(),
                                   [&](const std::regex& p) { return std::regex_search(key, p); });
  std::unique_lock lock(m_impl->cacheMutex);
  if (m_impl->cache.size() >= kMaxCachedOrigins) m_impl->cache.clear();
  m_impl->cache.emplace(key, allowed);
  return allowed;
}

}  // namespace medusa::http
