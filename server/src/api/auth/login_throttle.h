// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace medusa::api {

/// Brute-force protection for password logins and registrations (ours; Medusa has none).
///
/// Every attempt takes one token, before the password is looked at, from each token bucket
/// that applies to it (all or none, under one lock, so a parallel burst gets no extra tries).
/// A bucket of size N refills continuously at N per period. Keys:
///  - network: the client's IPv4 address, or its IPv6 /64 (one subscriber's usual allocation;
///    an IPv4-mapped IPv6 address counts as IPv4). Rotating addresses inside a /64 is one key.
///  - pair (e-mail, network): `perPair` per `window`.
///  - network: `perNetwork` per `window`, across every e-mail.
///  - e-mail: `perEmail` per `emailWindow`, shared by every network that has not signed in
///    as that e-mail (see below).
/// A failed attempt keeps its tokens; a successful one gives them back, refills its pair and
/// remembers the network as known for that e-mail (`knownFor`, up to 4 per e-mail). An attempt
/// that never checked a password (a malformed body) gives its tokens back too.
///
/// Guarantees, with the defaults (10 / 100 per 15 min, 20 per hour):
///  - Guess rate: from one network, at most 10 guesses then 10 per 15 min against one e-mail,
///    and 100 per 15 min over all e-mails. Against one e-mail from any number of networks that
///    never signed in as it: at most 20 then 20 per hour in total (480 a day).
///  - No lock-out: an attacker only empties buckets keyed by their own network, plus the
///    e-mail's shared bucket. The owner, from a network where they signed in within `knownFor`,
///    never draws on the shared bucket, so attacks from other networks cannot keep them out.
///    From a new network during a distributed attack the owner is delayed (429 with
///    Retry-After, at most one token's refill time) rather than locked: the bucket refills.
///    Only someone behind the owner's own IPv4 address (a shared NAT) or /64 can slow them.
///  - Unknown e-mails are throttled like known ones, so answers say nothing about accounts.
/// In memory and per process (N servers behind a balancer multiply the rates by N). Thread-safe.
/// Memory is bounded: each map holds at most `maxEntries` keys. Only a bucket that has refilled
/// completely is evicted (least recently used first), so a flood of made-up keys cannot reset
/// a count; while every bucket is still counting, attempts with a new key wait (429).
class LoginThrottle {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  struct Settings {
    int perPair = 10;      ///< attempts per (e-mail, network) and window; 0 disables
    int perNetwork = 100;  ///< attempts per network and window, over all e-mails; 0 disables
    int perEmail = 20;     ///< per e-mail and emailWindow, from unknown networks; 0 disables
    std::chrono::seconds window{15 * 60};
    std::chrono::seconds emailWindow{60 * 60};
    std::chrono::seconds knownFor{30 * 24 * 3600};
    std::size_t maxEntries = 100'000;  ///< per map
  };

  /// The buckets one attempt drew from, to settle it with succeeded() or refund().
  struct Attempt {
    std::string email;
    std::string network;
    bool chargedPair = false;
    bool chargedNetwork = false;
    bool chargedEmail = false;
  };

  /// What admit() decided: go ahead (wait empty; settle `attempt` afterwards) or wait.
  struct Admission {
    std::optional<std::chrono::seconds> wait;
    Attempt attempt;
  };

  explicit LoginThrottle(Settings settings, Clock clock = std::chrono::steady_clock::now);

  /// Takes the attempt's tokens, or none and says how long to wait (whole seconds, at least 1).
  Admission admit(std::string_view email, std::string_view address);
  /// The password was right: tokens back, the pair refilled, the network known for the e-mail.
  void succeeded(const Attempt& attempt);
  /// No password was checked: the tokens go back.
  void refund(const Attempt& attempt);

  /// The key a client address is throttled under: IPv4 as is, IPv6 as its /64
  /// ("2001:db8:0:1::/64").
  static std::string networkOf(std::string_view address);

 private:
  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point updated{};
  };
  // Buckets of one kind of key, least recently used last.
  struct BucketMap {
    std::list<std::string> order{};
    std::unordered_map<std::string, std::pair<Bucket, std::list<std::string>::iterator>> entries{};
  };
  struct KnownNetworks {
    std::list<std::string> order{};
    std::unordered_map<
        std::string,
        std::pair<std::vector<std::pair<std::string, std::chrono::steady_clock::time_point>>,
                  std::list<std::string>::iterator>>
        entries{};
  };

  /// The key's bucket, refilled to `now`; a new key gets a full one. nullptr when the map is
  /// full and its least recently used bucket has not refilled yet (the attempt must wait).
  Bucket* bucket(BucketMap& map, const std::string& key, int size, std::chrono::seconds period,
                 std::chrono::steady_clock::time_point now);
  bool isKnown(const std::string& email, const std::string& network,
               std::chrono::steady_clock::time_point now);
  void giveBack(BucketMap& map, const std::string& key, int size);

  Settings m_settings;
  Clock m_clock;
  std::mutex m_mutex;
  BucketMap m_pairs;
  BucketMap m_networks;
  BucketMap m_emails;
  KnownNetworks m_known;
};

}  // namespace medusa::api
