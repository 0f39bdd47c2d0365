// SPDX-License-Identifier: MIT
#include "medusa/infra/postgres_locking.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <bit>
#include <optional>
#include <thread>

#include "medusa/core/error.h"
#include "medusa/db/params.h"
#include "medusa/db/pool.h"

namespace medusa::infra {

namespace {

constexpr std::string_view kMigrationSql = R"(
CREATE TABLE IF NOT EXISTS locking (
  id text NOT NULL,
  owner_id text NOT NULL DEFAULT '',
  expiration timestamptz NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT locking_pkey PRIMARY KEY (id)
);
-- migrate:down
DROP TABLE IF EXISTS locking;
)";

constexpr db::Statement kTryAdvisoryLock{"locking.try_advisory_lock",
                                         "SELECT pg_try_advisory_lock($1)"};
constexpr db::Statement kAdvisoryUnlock{"locking.advisory_unlock", "SELECT pg_advisory_unlock($1)"};
constexpr db::Statement kTryAdvisoryXactLock{"locking.try_advisory_xact_lock",
                                             "SELECT pg_try_advisory_xact_lock($1)"};
constexpr db::Statement kFirstOwnedKey{
    "locking.first_owned_key",
    "SELECT id FROM locking WHERE id = ANY($1::text[]) "
    "AND (expiration IS NULL OR expiration > clock_timestamp()) ORDER BY id LIMIT 1"};
// Takes a key that is free, expired, or already held by the same (named) owner.
constexpr db::Statement kTakeKey{
    "locking.take_key",
    "INSERT INTO locking (id, owner_id, expiration) VALUES ($1, $2, CASE WHEN $3::bigint > 0 "
    "THEN clock_timestamp() + $3::bigint * interval '1 millisecond' END) "
    "ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, "
    "expiration = EXCLUDED.expiration, created_at = now() "
    "WHERE (locking.expiration IS NOT NULL AND locking.expiration <= clock_timestamp()) "
    "OR (EXCLUDED.owner_id <> '' AND locking.owner_id = EXCLUDED.owner_id) RETURNING id"};
constexpr db::Statement kReleaseKey{
    "locking.release_key",
    "DELETE FROM locking WHERE id = $1 AND ($2 = '' OR owner_id = $2) RETURNING id"};
constexpr db::Statement kReleaseAll{"locking.release_all",
                                    "DELETE FROM locking WHERE $1 = '' OR owner_id = $1"};

using Clock = std::chrono::steady_clock;

// A key busy in the current attempt; rolls the attempt's transaction back.
struct Busy {
  std::string key;
};

// (advisory key, lock key) in advisory-key order, one entry per advisory key.
std::vector<std::pair<std::int64_t, std::string>> advisoryKeys(
    const std::vector<std::string>& keys) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& key : keys) out.emplace_back(advisoryLockKey(key), key);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end(),
                        [](const auto& a, const auto& b) { return a.first == b.first; }),
            out.end());
  return out;
}

bool scalarBool(pqxx::transaction_base& tx, const db::Statement& statement, std::int64_t key) {
  return tx.exec_params(std::string(statement.sql), key)[0][0].as<bool>();
}

void sleepUntilNextTry(Clock::time_point deadline, std::chrono::milliseconds interval) {
  std::this_thread::sleep_until(std::min(deadline, Clock::now() + interval));
}

}  // namespace

std::vector<db::Migration> lockingMigrations() {
  return {{"locking", "0001_create_locking", std::string(kMigrationSql)}};
}

std::int64_t advisoryLockKey(std::string_view key) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return std::bit_cast<std::int64_t>(hash);
}

PostgresLocking::PostgresLocking(db::Pool& pool, std::chrono::milliseconds pollInterval)
    : m_pool(pool), m_pollInterval(pollInterval) {}

void PostgresLocking::executeJob(std::vector<std::string> keys, const std::function<void()>& job,
                                 std::chrono::milliseconds timeout) {
  const auto sorted = normalizedLockKeys(std::move(keys));
  const auto advisory = advisoryKeys(sorted);
  const auto literal = db::toArrayLiteral(sorted);
  const auto deadline = Clock::now() + timeout;
  auto lease = m_pool.borrow();
  pqxx::nontransaction session(lease.connection());
  std::vector<std::int64_t> held;
  // Unlocks what is held; if that fails the connection is closed, which frees them too.
  const auto unlockAll = [&]() noexcept {
    try {
      for (auto it = held.rbegin(); it != held.rend(); ++it) {
        scalarBool(session, kAdvisoryUnlock, *it);
      }
    } catch (const std::exception& e) {
      spdlog::error("releasing advisory locks failed, closing the connection: {}", e.what());
      lease.discard();
    }
    held.clear();
  };
  for (;;) {
    bool free = true;
    try {
      for (const auto& [key, name] : advisory) {
        if (!scalarBool(session, kTryAdvisoryLock, key)) {
          free = false;
          break;
        }
        held.push_back(key);
      }
      // Keys held through acquire() block as well.
      if (free) free = session.exec_params(std::string(kFirstOwnedKey.sql), literal).empty();
    } catch (const pqxx::failure& e) {
      unlockAll();
      db::rethrowTranslated(e);
    }
    if (free) break;
    unlockAll();
    if (Clock::now() >= deadline) throw Error(ErrorType::Conflict, "Timed-out acquiring lock.");
    sleepUntilNextTry(deadline, m_pollInterval);
  }
  try {
    job();
  } catch (...) {
    unlockAll();
    throw;
  }
  unlockAll();
}

void PostgresLocking::acquire(const std::vector<std::string>& requested,
                              const LockOptions& options) {
  const auto keys = normalizedLockKeys(requested);
  const auto deadline = Clock::now() + options.timeout;
  for (;;) {
    try {
      m_pool.transact([&](db::TxContext& tx) {
        // A running execute() holds the advisory lock of the key: wait for it.
        for (const auto& [key, name] : advisoryKeys(keys)) {
          if (!scalarBool(tx.raw(), kTryAdvisoryXactLock, key)) throw Busy{name};
        }
        for (const auto& key : keys) {
          if (tx.exec(kTakeKey, key, options.ownerId, options.ttl.count()).empty()) throw Busy{key};
        }
      });
      return;
    } catch (const Busy& busy) {
      if (Clock::now() >= deadline) {
        throw Error(ErrorType::Conflict, "Failed to acquire lock for key \"" + busy.key + "\"");
      }
    }
    sleepUntilNextTry(deadline, m_pollInterval);
  }
}

bool PostgresLocking::release(const std::vector<std::string>& keys, std::string_view ownerId) {
  const std::string owner(ownerId);
  return m_pool.transact([&](db::TxContext& tx) {
    bool all = true;
    for (const auto& key : keys) {
      if (tx.exec(kReleaseKey, key, owner).empty()) all = false;
    }
    return all;
  });
}

void PostgresLocking::releaseAll(std::string_view ownerId) {
  const std::string owner(ownerId);
  m_pool.transact([&](db::TxContext& tx) { tx.exec(kReleaseAll, owner); });
}

}  // namespace medusa::infra
