// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "medusa/db/migration.h"

namespace medusa::db {

class Pool;

/// A migration applied or reverted by one run.
struct MigrationRecord {
  std::string module{};
  std::string name{};
  int batch = 0;
};

/// Applies and reverts the migrations of all modules (`medusa-server db:migrate|db:rollback`,
/// and at server start).
///
/// Bookkeeping lives in `medusa_migrations(module, name, batch, applied_at)`. Every run holds a
/// PostgreSQL session advisory lock (kAdvisoryLockKey) on a dedicated connection, so servers
/// that start together run one after the other: the second waits, then finds nothing to do.
/// Order: modules in the order they appear in the list given (the composition root lists them
/// in dependency order), and within a module by file name (NNNN_ prefix).
class MigrationRunner {
 public:
  /// The advisory lock key, fixed for the project ("medusa" in ASCII).
  static constexpr std::int64_t kAdvisoryLockKey = 0x6d6564757361;

  /// Throws Error{InvalidArgument} when a module lists the same migration twice.
  MigrationRunner(Pool& pool, std::vector<Migration> migrations);

  /// Applies every pending migration, each in its own transaction together with its
  /// bookkeeping row, all under one new batch number. Returns what it applied (empty when up to
  /// date). A failing migration throws Error{DatabaseError} naming it and PostgreSQL's message;
  /// it leaves nothing behind, and the migrations before it stay applied.
  std::vector<MigrationRecord> migrate();

  /// Reverts the last batch (or, given module names, the last batch among those modules'
  /// migrations) in reverse order, each in its own transaction, deleting its bookkeeping rows.
  /// Throws Error{NotAllowed} before changing anything when one of them has no down part or is
  /// unknown to this binary. Returns what it reverted.
  std::vector<MigrationRecord> rollback(const std::vector<std::string>& modules = {});

  /// The migrations not applied yet, in the order migrate() would apply them.
  std::vector<MigrationRecord> pending();

 private:
  Pool& m_pool;
  std::vector<Migration> m_migrations;  // sorted: module order, then file name
};

}  // namespace medusa::db
