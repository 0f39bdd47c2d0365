// SPDX-License-Identifier: MIT
#include "medusa/db/pool.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

#include "connection_state.h"
#include "medusa/core/deadline.h"
#include "medusa/core/error.h"

namespace medusa::db {

using Clock = std::chrono::steady_clock;
using detail::ConnectionState;

namespace {

// libpq connects without a time limit by default; a host that drops packets would make a borrow
// hang far beyond its timeout. libpq's minimum is 2 s.
std::string withConnectTimeout(const std::string& url, std::chrono::milliseconds timeout) {
  if (url.find("connect_timeout") != std::string::npos) return url;
  const auto seconds = std::to_string(std::max<long long>(2, (timeout.count() + 999) / 1000));
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=" + seconds;
  }
  return url + " connect_timeout=" + seconds;
}

// Some libpq messages quote the connection string; the log must never show it or the password.
std::string redacted(std::string message, const std::string& url) {
  const auto replaceAll = [&](const std::string& secret, const std::string& with) {
    if (secret.empty()) return;
    for (auto at = message.find(secret); at != std::string::npos;
         at = message.find(secret, at + with.size())) {
      message.replace(at, secret.size(), with);
    }
  };
  replaceAll(url, "<connection string>");
  std::string password;
  if (const auto scheme = url.find("://"); scheme != std::string::npos) {
    const auto at = url.find('@', scheme);
    const auto colon = url.find(':', scheme + 3);
    if (at != std::string::npos && colon < at) password = url.substr(colon + 1, at - colon - 1);
  } else if (const auto key = url.find("password="); key != std::string::npos) {
    password = url.substr(key + 9, url.find(' ', key) - key - 9);
  }
  replaceAll(password, "***");
  return message.substr(0, message.find('\n'));
}

std::unique_ptr<pqxx::connection> connect(const std::string& url) {
  try {
    auto connection = std::make_unique<pqxx::connection>(url);
    // libpqxx 6 silently reconnects a broken connection on next use. The pool must see the
    // break instead: it retries whole transactions and discards the connection, so state such
    // as prepared statements never silently goes missing.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    connection->inhibit_reactivation(true);
#pragma GCC diagnostic pop
    return connection;
  } catch (const pqxx::failure& e) {
    spdlog::error("cannot connect to the database: {}", redacted(e.what(), url));
    throw Error(ErrorType::DatabaseError, "Could not connect to the database.");
  }
}

// The pool's timeouts as session settings: they hold for every transaction on the connection.
// One round trip per new connection; a zero leaves PostgreSQL's (or the role's) setting alone.
void applySessionTimeouts(pqxx::connection& connection, const PoolOptions& options) {
  std::string sql;
  for (const auto& [name, value] :
       {std::pair{"statement_timeout", options.statementTimeout},
        std::pair{"lock_timeout", options.lockTimeout},
        std::pair{"idle_in_transaction_session_timeout", options.idleInTransactionTimeout}}) {
    if (value.count() <= 0) continue;
    // Names are constants and values numbers: nothing from outside enters the text.
    sql += sql.empty() ? "SELECT " : ", ";
    sql += "set_config('" + std::string(name) + "', '" + std::to_string(value.count()) +
           "', false)";
  }
  if (sql.empty()) return;
  pqxx::nontransaction session(connection);
  session.exec(sql);
}

std::unique_ptr<pqxx::dbtransaction> begin(pqxx::connection& connection, Isolation isolation) {
  switch (isolation) {
    case Isolation::RepeatableRead:
      return std::make_unique<pqxx::transaction<pqxx::repeatable_read>>(connection);
    case Isolation::Serializable:
      return std::make_unique<pqxx::transaction<pqxx::serializable>>(connection);
    case Isolation::ReadCommitted:
      break;
  }
  return std::make_unique<pqxx::work>(connection);
}

}  // namespace

struct Pool::Impl {
  PoolOptions options;
  std::string url;  // options.url plus connect_timeout

  mutable std::mutex mutex;
  std::condition_variable returned;
  std::vector<std::unique_ptr<ConnectionState>> idle;  // most recently used last
  std::size_t open = 0;                                // idle + in use + being opened
  std::size_t inUse = 0;
  std::uint64_t opened = 0;
  std::uint64_t discarded = 0;
  std::atomic<std::uint64_t> prepared{0};

  // Outside the lock: a health check may take a round trip.
  bool healthy(ConnectionState& state) const {
    if (!state.connection->is_open()) return false;
    if (!state.suspect && Clock::now() - state.lastUsed < options.validateAfterIdle) return true;
    try {
      pqxx::nontransaction check(*state.connection);
      check.exec("SELECT 1");
      state.suspect = false;
      return true;
    } catch (const std::exception&) {
      spdlog::info("discarding a database connection that failed its health check");
      return false;
    }
  }

  // After one connection broke the others may be stale too (server restart): check them all
  // before handing them out again.
  void markIdleSuspect() {
    std::lock_guard lock(mutex);
    for (auto& state : idle) state->suspect = true;
  }
};

Pool::Pool(PoolOptions options) : m_impl(std::make_unique<Impl>()) {
  if (options.size == 0) throw Error(ErrorType::InvalidArgument, "database pool size must be > 0");
  m_impl->url = withConnectTimeout(options.url, options.borrowTimeout);
  m_impl->options = std::move(options);
}

Pool::~Pool() = default;

Pool::Lease::Lease(Pool& pool, std::unique_ptr<ConnectionState> state)
    : m_pool(&pool), m_state(std::move(state)) {}

Pool::Lease::Lease(Lease&& other) noexcept
    : m_pool(other.m_pool), m_state(std::move(other.m_state)), m_discard(other.m_discard) {}

Pool::Lease::~Lease() {
  if (m_state) m_pool->giveBack(std::move(m_state), m_discard);
}

pqxx::connection& Pool::Lease::connection() {
  return *m_state->connection;
}

Pool::Lease Pool::borrow() {
  auto& d = *m_impl;
  auto deadline = Clock::now() + d.options.borrowTimeout;
  const auto requestDeadline = currentDeadline();
  const bool requestBinds = requestDeadline && *requestDeadline < deadline;
  if (requestBinds) deadline = *requestDeadline;
  std::unique_lock lock(d.mutex);
  for (;;) {
    const bool available = d.returned.wait_until(
        lock, deadline, [&] { return !d.idle.empty() || d.open < d.options.size; });
    if (!available && requestBinds) {
      throw timeoutError(
          "The request ran out of time waiting for a database connection and was cancelled.");
    }
    if (!available) {
      throw Error(ErrorType::DatabaseError,
                  "Database pool exhausted: timed out waiting for a database connection after " +
                      std::to_string(d.options.borrowTimeout.count()) + " ms (pool size " +
                      std::to_string(d.options.size) + ")");
    }
    ++d.inUse;
    if (!d.idle.empty()) {
      auto state = std::move(d.idle.back());
      d.idle.pop_back();
      lock.unlock();
      if (d.healthy(*state)) return Lease(*this, std::move(state));
      state.reset();
      lock.lock();
      --d.inUse;
      --d.open;
      ++d.discarded;
      continue;  // the slot is free now: open a fresh connection
    }
    ++d.open;  // reserve the slot, then connect without holding the lock
    lock.unlock();
    try {
      auto state = std::make_unique<ConnectionState>();
      state->connection = connect(d.url);
      state->preparedCounter = &d.prepared;
      state->statementTimeout = d.options.statementTimeout;
      try {
        applySessionTimeouts(*state->connection, d.options);
      } catch (const pqxx::failure& e) {
        spdlog::error("cannot set the session timeouts: {}", redacted(e.what(), d.url));
        throw Error(ErrorType::DatabaseError, "Could not connect to the database.");
      }
      lock.lock();
      ++d.opened;
      lock.unlock();
      return Lease(*this, std::move(state));
    } catch (...) {
      lock.lock();
      --d.inUse;
      --d.open;
      lock.unlock();
      d.returned.notify_one();
      throw;
    }
  }
}

void Pool::giveBack(std::unique_ptr<ConnectionState> state, bool discard) noexcept {
  auto& d = *m_impl;
  discard = discard || !state->connection->is_open();
  if (discard) {
    state.reset();  // closing may take a moment: not under the lock
  } else {
    state->lastUsed = Clock::now();
  }
  {
    std::lock_guard lock(d.mutex);
    --d.inUse;
    if (discard) {
      --d.open;
      ++d.discarded;
    } else {
      d.idle.push_back(std::move(state));
    }
  }
  d.returned.notify_one();
}

void Pool::runTransaction(const std::function<void(TxContext&)>& work, Isolation isolation) {
  for (int attempt = 1;; ++attempt) {
    auto lease = borrow();
    bool committing = false;
    try {
      const auto tx = begin(lease.connection(), isolation);
      lease.m_state->timeoutLowered = false;  // SET LOCAL ends with the transaction
      TxContext context(*tx, *lease.m_state);
      work(context);
      committing = true;
      tx->commit();
      return;
    } catch (const pqxx::failure& e) {
      const bool lost = isConnectionFailure(e) || dynamic_cast<const pqxx::in_doubt_error*>(&e);
      if (lost) {
        lease.discard();
        m_impl->markIdleSuspect();
      }
      // Nothing was committed when the connection broke before COMMIT, so running the unit of
      // work again is safe; once COMMIT was sent the outcome is unknown and it is not.
      if (lost && !committing && attempt == 1) {
        spdlog::warn("database connection lost during a transaction; retrying it once");
        continue;
      }
      throw toMedusaError(e);
    }
  }
}

std::unique_ptr<pqxx::connection> Pool::connectDedicated() {
  return connect(m_impl->url);
}

PoolStats Pool::stats() const {
  const auto& d = *m_impl;
  std::lock_guard lock(d.mutex);
  return {d.options.size,
          d.open,
          d.inUse,
          d.idle.size(),
          d.opened,
          d.discarded,
          d.prepared.load(std::memory_order_relaxed)};
}

}  // namespace medusa::db
