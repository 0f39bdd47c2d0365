// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/db/migration.h"
#include "medusa/infra/locking.h"

namespace medusa::db {
class Pool;
}

namespace medusa::infra {

/// The migrations of the `locking` module: Medusa's `locking` table (owner locks).
std::vector<db::Migration> lockingMigrations();

/// The advisory-lock key of a lock key: FNV-1a 64 of its bytes, the same in every process.
std::int64_t advisoryLockKey(std::string_view key);

/// Locking across servers on PostgreSQL. execute() holds session advisory locks (keys hashed,
/// taken in sorted order) on a pooled connection while the job runs, so the pool needs a spare
/// connection for the job's own work; closing that connection (crash) frees them. acquire() and
/// release() keep owned locks with a TTL in the `locking` table. Both kinds exclude each other.
class PostgresLocking final : public Locking {
 public:
  /// Locks over `pool` (which must outlive this); run lockingMigrations() first.
  explicit PostgresLocking(db::Pool& pool,
                           std::chrono::milliseconds pollInterval = std::chrono::milliseconds{20});

  /// See Locking::acquire.
  void acquire(const std::vector<std::string>& keys, const LockOptions& options) override;
  /// See Locking::release.
  bool release(const std::vector<std::string>& keys, std::string_view ownerId) override;
  /// See Locking::releaseAll.
  void releaseAll(std::string_view ownerId) override;

 protected:
  /// Session advisory locks around `job`; throws Error{Conflict, "Timed-out acquiring lock."}.
  void executeJob(std::vector<std::string> keys, const std::function<void()>& job,
                  std::chrono::milliseconds timeout) override;

 private:
  db::Pool& m_pool;
  std::chrono::milliseconds m_pollInterval;
};

}  // namespace medusa::infra
