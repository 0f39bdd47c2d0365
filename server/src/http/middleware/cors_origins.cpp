// SPDX-License-Identifier: MIT
#include "http/middleware/cors_origins.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace medusa::http {

namespace {

// Bounds the memory an attacker can make the cache use by sending made-up origins.
constexpr std::size_t kMaxCachedOrigins = 1024;
// Real origins (scheme, host, port) are far shorter; a longer Origin header is never matched
// against a pattern and never cached, so the cache holds at most 1024 x 2 KiB.
constexpr std::size_t kMaxOriginLength = 2048;
// RE2's compiled program budget per configured pattern (its default is 8 MiB).
constexpr int64_t kMaxPatternMemory = 1 << 20;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Medusa's buildRegexpIfValid: /^([/~@;%#'])(.*?)\1([gimsuy]*)$/. The pattern runs on RE2,
// which guarantees time linear in the origin's length (no backtracking, so no catastrophic
// pattern can stall a worker). RE2's syntax is JavaScript's for what CORS entries use
// (anchors, classes, escapes, alternation, repetition); lookaround and backreferences do not
// compile, and such an entry falls back to an exact origin, as any invalid pattern does in
// Medusa. Flags: i and m and s map to RE2's; g and y are stateful in JS and Medusa strips them;
// u changes nothing for ASCII origins.
std::unique_ptr<RE2> buildRegexIfValid(std::string_view entry) {
  constexpr std::string_view kDelimiters = "/~@;%#'";
  if (entry.size() < 2 || kDelimiters.find(entry.front()) == std::string_view::npos) {
    return nullptr;
  }
  const char delimiter = entry.front();
  // Flags never contain a delimiter, so the closing delimiter can only be the last one.
  const auto close = entry.rfind(delimiter);
  if (close == 0) return nullptr;
  const std::string_view flags = entry.substr(close + 1);
  if (!std::all_of(flags.begin(), flags.end(), [](char c) {
        return std::string_view("gimsuy").find(c) != std::string_view::npos;
      })) {
    return nullptr;
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(flags.find('i') == std::string_view::npos);
  options.set_dot_nl(flags.find('s') != std::string_view::npos);
  options.set_max_mem(kMaxPatternMemory);
  std::string pattern(entry.substr(1, close - 1));
  if (flags.find('m') != std::string_view::npos) pattern.insert(0, "(?m)");
  auto compiled = std::make_unique<RE2>(pattern, options);
  if (!compiled->ok()) return nullptr;
  return compiled;
}

}  // namespace

struct CorsOrigins::Impl {
  std::vector<std::string> exact;
  std::vector<std::unique_ptr<RE2>> patterns;
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
      m_impl->patterns.push_back(std::move(pattern));
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
  if (m_impl->patterns.empty() || origin.size() > kMaxOriginLength) return false;
  const std::string key(origin);
  {
    std::shared_lock lock(m_impl->cacheMutex);
    if (auto it = m_impl->cache.find(key); it != m_impl->cache.end()) return it->second;
  }
  // JavaScript's RegExp#test is a search, not a full match.
  const bool allowed =
      std::any_of(m_impl->patterns.begin(), m_impl->patterns.end(),
                  [&](const std::unique_ptr<RE2>& p) { return RE2::PartialMatch(key, *p); });
  std::unique_lock lock(m_impl->cacheMutex);
  if (m_impl->cache.size() >= kMaxCachedOrigins) m_impl->cache.clear();
  m_impl->cache.emplace(key, allowed);
  return allowed;
}

}  // namespace medusa::http
