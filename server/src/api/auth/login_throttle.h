// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace medusa::api {

/// Brute-force protection for password logins (ours; Medusa has none): failed attempts are
/// counted per e-mail and per client address in fixed windows; past a limit, logins for that
/// key are refused until its window ends. Unknown e-mails count like known ones, so the answer
/// says nothing about which accounts exist. In memory, per process, thread-safe; memory is
/// bounded by evicting the oldest windows first.
class LoginThrottle {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  struct Settings {
    int maxPerEmail = 10;     ///< failures per e-mail and window; 0 disables the check
    int maxPerAddress = 100;  ///< failures per client address and window; 0 disables it
    std::chrono::seconds window{15 * 60};
    std::size_t maxEntries = 100'000;  ///< per kind of key
  };

  explicit LoginThrottle(Settings settings, Clock clock = std::chrono::steady_clock::now);

  /// How long `email` or `address` must wait, nullopt when a login may be attempted.
  std::optional<std::chrono::seconds> retryAfter(std::string_view email,
                                                 std::string_view address) const;
  /// Counts a failed login against both keys.
  void recordFailure(std::string_view email, std::string_view address);
  /// A successful login clears the e-mail's count (the address keeps its own).
  void recordSuccess(std::string_view email);

 private:
  struct Window {
    std::chrono::steady_clock::time_point start{};
    int failures = 0;
  };
  // Windows of one kind of key, with their start order for eviction.
  struct Counter {
    std::unordered_map<std::string, Window> windows{};
    std::deque<std::pair<std::string, std::chrono::steady_clock::time_point>> order{};
  };

  std::optional<std::chrono::seconds> blockedFor(const Counter& counter, const std::string& key,
                                                 int limit,
                                                 std::chrono::steady_clock::time_point now) const;
  void count(Counter& counter, std::string key, std::chrono::steady_clock::time_point now);
  void evict(Counter& counter, std::chrono::steady_clock::time_point now);

  Settings m_settings;
  Clock m_clock;
  mutable std::mutex m_mutex;
  Counter m_emails;
  Counter m_addresses;
};

}  // namespace medusa::api
