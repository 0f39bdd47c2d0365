// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "medusa/db/tx_context.h"

namespace medusa::db {

struct PoolOptions {
  std::string url{};      // libpq URL or keyword/value string; never logged
  std::size_t size = 10;  // at most this many open connections
  std::chrono::milliseconds borrowTimeout{5'000};  // then borrow() throws DatabaseError
  /// A connection idle longer than this is checked with a round trip before it is handed out
  /// (a server restart leaves idle connections that still look open).
  std::chrono::milliseconds validateAfterIdle{10'000};
  /// Session settings of every pooled connection (0: PostgreSQL's default, no limit). A
  /// statement running longer than statementTimeout is cancelled (Error with kTimeoutCode,
  /// 503); lockTimeout bounds a wait for a lock (409 conflict); a session idle inside a
  /// transaction for idleInTransactionTimeout is ended by the server. connectDedicated()
  /// connections do not get them (they wait for advisory locks on purpose).
  std::chrono::milliseconds statementTimeout{0};
  std::chrono::milliseconds lockTimeout{0};
  std::chrono::milliseconds idleInTransactionTimeout{0};
};

/// Counters for tests and the health endpoint.
struct PoolStats {
  std::size_t maxSize = 0;
  std::size_t size = 0;   // open connections (idle + in use)
  std::size_t inUse = 0;  // borrowed right now
  std::size_t idle = 0;
  std::uint64_t opened = 0;     // connections created since start
  std::uint64_t discarded = 0;  // broken or failed validation, thrown away
  std::uint64_t prepared = 0;   // statements prepared, over all connections
};

/// A bounded, thread-safe pool of PostgreSQL connections. Connections are opened lazily up to
/// `size`; borrow() waits at most `borrowTimeout` for one to come back and then throws
/// Error{DatabaseError} instead of hanging. Under a request deadline (medusa/core/deadline.h)
/// a borrow waits no longer than the deadline and a statement is not started past it. Broken connections are discarded, never reused, so
/// the pool heals by itself after a PostgreSQL restart. Leases and transactions must end before
/// the pool is destroyed.
class Pool {
 public:
  explicit Pool(PoolOptions options);
  ~Pool();
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  /// A borrowed connection; goes back to the pool when destroyed.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    pqxx::connection& connection();
    /// Closes the connection instead of returning it (it is broken or in an unknown state).
    void discard() noexcept { m_discard = true; }

   private:
    friend class Pool;
    Lease(Pool& pool, std::unique_ptr<detail::ConnectionState> state);
    Pool* m_pool;
    std::unique_ptr<detail::ConnectionState> m_state;
    bool m_discard = false;
  };

  /// Borrows a healthy connection, opening one if the pool is below its size.
  Lease borrow();

  /// Runs `fn` in a transaction on a borrowed connection: commits when it returns, rolls back
  /// when it throws. PostgreSQL errors leave as medusa::Error. When the connection turns out to
  /// be broken before the commit (e.g. PostgreSQL restarted), the whole unit of work is retried
  /// ONCE on a fresh connection, so `fn` must only do database work through `tx` (no side
  /// effects elsewhere that a second run would repeat). A connection lost during the commit
  /// itself is not retried (the outcome is unknown): DatabaseError.
  template <class F>
  auto transact(F&& fn, Isolation isolation = Isolation::ReadCommitted)
      -> std::invoke_result_t<F&, TxContext&> {
    using Result = std::invoke_result_t<F&, TxContext&>;
    if constexpr (std::is_void_v<Result>) {
      runTransaction([&](TxContext& tx) { fn(tx); }, isolation);
    } else {
      std::optional<Result> result;
      runTransaction([&](TxContext& tx) { result.emplace(fn(tx)); }, isolation);
      return std::move(*result);
    }
  }

  /// Joins `existing` when given (module services called inside a workflow step's
  /// transaction), else opens a transaction of its own as above.
  template <class F>
  auto transact(TxContext* existing, F&& fn) -> std::invoke_result_t<F&, TxContext&> {
    if (existing) return fn(*existing);
    return transact(std::forward<F>(fn));
  }

  /// A connection outside the pool's bound, e.g. for a session-level advisory lock held while
  /// pooled connections do the work. Throws Error{DatabaseError} when it cannot connect.
  std::unique_ptr<pqxx::connection> connectDedicated();

  PoolStats stats() const;

 private:
  struct Impl;
  void runTransaction(const std::function<void(TxContext&)>& work, Isolation isolation);
  void giveBack(std::unique_ptr<detail::ConnectionState> state, bool discard) noexcept;

  std::unique_ptr<Impl> m_impl;
};

}  // namespace medusa::db
