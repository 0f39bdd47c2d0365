// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace medusa::infra {

/// Medusa's locking module default for execute(): wait up to 5 s for the keys.
inline constexpr std::chrono::milliseconds kDefaultLockTimeout{5'000};

/// How to take a lock.
struct LockOptions {
  /// Who holds the lock. The same owner may acquire again (it extends the TTL); an empty owner
  /// is anonymous and never matches another acquirer.
  std::string ownerId{};
  /// The lock expires by itself after this long; 0 = held until released.
  std::chrono::milliseconds ttl{0};
  /// How long to wait for the keys; 0 = fail at once when a key is held.
  std::chrono::milliseconds timeout{0};
};

/// Medusa's locking module: mutual exclusion on string keys across requests (and, with the
/// PostgreSQL advisory-lock or Redis provider, across servers). Several keys are taken all or
/// nothing, in sorted order, so two callers locking {a, b} and {b, a} cannot deadlock. Failing
/// to get a lock throws Error{Conflict} (HTTP 409) with Medusa's messages.
class Locking {
 public:
  virtual ~Locking() = default;

  /// Runs `job` while holding all `keys` and releases them afterwards, also when it throws.
  /// Throws Error{Conflict, "Timed-out acquiring lock."} when the keys stay busy for `timeout`.
  template <class F>
  std::invoke_result_t<F&> execute(std::vector<std::string> keys, F&& job,
                                   std::chrono::milliseconds timeout = kDefaultLockTimeout) {
    using R = std::invoke_result_t<F&>;
    if constexpr (std::is_void_v<R>) {
      executeJob(
          std::move(keys), [&job] { job(); }, timeout);
    } else {
      std::optional<R> result;
      executeJob(
          std::move(keys), [&] { result.emplace(job()); }, timeout);
      return std::move(*result);
    }
  }

  /// Takes all `keys` for `options.ownerId`, waiting up to `options.timeout`. Throws
  /// Error{Conflict, "Failed to acquire lock for key \"<key>\""} naming a key still held.
  virtual void acquire(const std::vector<std::string>& keys, const LockOptions& options) = 0;
  /// Releases the keys held by `ownerId` (any holder when `ownerId` is empty). Returns false
  /// when a key was not held, or held by someone else (that key is left alone).
  virtual bool release(const std::vector<std::string>& keys, std::string_view ownerId) = 0;
  /// Releases every key of `ownerId` (every key at all when empty).
  virtual void releaseAll(std::string_view ownerId) = 0;

 protected:
  /// execute() without the template. The default acquires with a generated owner and releases
  /// afterwards; providers with a better primitive (transaction-scoped advisory locks) override.
  virtual void executeJob(std::vector<std::string> keys, const std::function<void()>& job,
                          std::chrono::milliseconds timeout);
};

/// Sorted and without duplicates: the order every provider takes keys in.
std::vector<std::string> normalizedLockKeys(std::vector<std::string> keys);

}  // namespace medusa::infra
