// SPDX-License-Identifier: MIT
#include "medusa/db/migration_runner.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <utility>

#include "medusa/core/error.h"
#include "medusa/db/pool.h"

namespace medusa::db {

namespace {

using Key = std::pair<std::string, std::string>;  // module, name

constexpr std::string_view kCreateTable = R"sql(
CREATE TABLE IF NOT EXISTS medusa_migrations (
  module text NOT NULL,
  name text NOT NULL,
  batch integer NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (module, name)
))sql";
constexpr Statement kTableExists{"medusa.migrations.exists",
                                 "SELECT to_regclass('medusa_migrations') IS NOT NULL"};
constexpr Statement kSelectApplied{"medusa.migrations.applied",
                                   "SELECT module, name, batch FROM medusa_migrations"};
constexpr Statement kInsert{"medusa.migrations.insert",
                            "INSERT INTO medusa_migrations (module, name, batch) "
                            "VALUES ($1, $2, $3)"};
constexpr Statement kDelete{"medusa.migrations.delete",
                            "DELETE FROM medusa_migrations WHERE module = $1 AND name = $2"};

/// Holds the project's session advisory lock on a connection of its own, so the pooled
/// connections stay free for the migrations themselves. Closing the connection releases the
/// lock too, should the unlock fail.
class AdvisoryLock {
 public:
  explicit AdvisoryLock(Pool& pool) : m_connection(pool.connectDedicated()) {
    try {
      pqxx::nontransaction tx(*m_connection);
      tx.exec_params("SELECT pg_advisory_lock($1)", MigrationRunner::kAdvisoryLockKey);
    } catch (const pqxx::failure& e) {
      throw toMedusaError(e);
    }
  }
  ~AdvisoryLock() {
    try {
      pqxx::nontransaction tx(*m_connection);
      tx.exec_params("SELECT pg_advisory_unlock($1)", MigrationRunner::kAdvisoryLockKey);
    } catch (const std::exception&) {  // the connection closes right after, releasing it
    }
  }
  AdvisoryLock(const AdvisoryLock&) = delete;
  AdvisoryLock& operator=(const AdvisoryLock&) = delete;

 private:
  std::unique_ptr<pqxx::connection> m_connection;
};

// Applied migrations and their batch; empty when the bookkeeping table does not exist yet.
std::map<Key, int> appliedIn(TxContext& tx) {
  std::map<Key, int> applied;
  if (!tx.exec1(kTableExists)[0].as<bool>()) return applied;
  for (const auto& row : tx.exec(kSelectApplied)) {
    applied[{row[0].as<std::string>(), row[1].as<std::string>()}] = row[2].as<int>();
  }
  return applied;
}

bool blank(std::string_view sql) {
  return sql.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Runs one direction of a migration. Its SQL errors are ours, not a client's: the operator
// running db:migrate needs PostgreSQL's own message, so it is kept instead of translated.
void runScript(TxContext& tx, const Migration& migration, std::string_view sql) {
  if (blank(sql)) return;
  try {
    // The pool's request-sized timeouts do not fit a migration: an index on a big table takes
    // what it takes, and its locks wait for the traffic of a running server.
    tx.execScript("SET LOCAL statement_timeout = 0; SET LOCAL lock_timeout = 0");
    tx.execScript(sql);
  } catch (const pqxx::sql_error& e) {
    std::string what = e.what();
    if (what.starts_with("ERROR:  ")) what.erase(0, 8);
    throw Error(ErrorType::DatabaseError, "Migration " + migration.module + "/" + migration.name +
                                              " failed: " + what.substr(0, what.find('\n')));
  }
}

}  // namespace

MigrationRunner::MigrationRunner(Pool& pool, std::vector<Migration> migrations)
    : m_pool(pool), m_migrations(std::move(migrations)) {
  std::vector<std::string> modules;  // in order of first appearance
  for (const auto& m : m_migrations) {
    if (std::find(modules.begin(), modules.end(), m.module) == modules.end()) {
      modules.push_back(m.module);
    }
  }
  const auto rank = [&](const Migration& m) {
    return std::pair(std::find(modules.begin(), modules.end(), m.module) - modules.begin(),
                     std::string_view(m.name));
  };
  std::stable_sort(m_migrations.begin(), m_migrations.end(),
                   [&](const Migration& a, const Migration& b) { return rank(a) < rank(b); });
  const auto twice = std::adjacent_find(m_migrations.begin(), m_migrations.end(),
                                        [](const Migration& a, const Migration& b) {
                                          return a.module == b.module && a.name == b.name;
                                        });
  if (twice != m_migrations.end()) {
    throw Error(ErrorType::InvalidArgument,
                "Migration " + twice->module + "/" + twice->name + " is listed twice");
  }
}

std::vector<MigrationRecord> MigrationRunner::pending() {
  const auto applied = m_pool.transact([](TxContext& tx) { return appliedIn(tx); });
  std::vector<MigrationRecord> result;
  for (const auto& m : m_migrations) {
    if (!applied.contains({m.module, m.name})) result.push_back({m.module, m.name, 0});
  }
  return result;
}

std::vector<MigrationRecord> MigrationRunner::migrate() {
  AdvisoryLock lock(m_pool);
  // Under the lock: CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin.
  m_pool.transact([](TxContext& tx) { tx.execScript(kCreateTable); });
  const auto applied = m_pool.transact([](TxContext& tx) { return appliedIn(tx); });
  int batch = 1;
  for (const auto& [key, b] : applied) batch = std::max(batch, b + 1);

  std::vector<MigrationRecord> done;
  for (const auto& m : m_migrations) {
    if (applied.contains({m.module, m.name})) continue;
    m_pool.transact([&](TxContext& tx) {
      runScript(tx, m, splitMigration(m.sql).up);
      tx.exec(kInsert, m.module, m.name, batch);
    });
    spdlog::info("applied migration {}/{} (batch {})", m.module, m.name, batch);
    done.push_back({m.module, m.name, batch});
  }
  if (done.empty()) {
    spdlog::info("database schema is up to date ({} migrations)", m_migrations.size());
  } else {
    spdlog::info("applied {} migration(s) in batch {}", done.size(), batch);
  }
  return done;
}

std::vector<MigrationRecord> MigrationRunner::rollback(const std::vector<std::string>& modules) {
  AdvisoryLock lock(m_pool);
  const auto selected = [&](const std::string& module) {
    return modules.empty() || std::find(modules.begin(), modules.end(), module) != modules.end();
  };
  auto applied = m_pool.transact([](TxContext& tx) { return appliedIn(tx); });
  std::erase_if(applied, [&](const auto& entry) { return !selected(entry.first.first); });
  int lastBatch = 0;
  for (const auto& [key, batch] : applied) lastBatch = std::max(lastBatch, batch);
  std::erase_if(applied, [&](const auto& entry) { return entry.second != lastBatch; });

  // Reverse application order; refuse before touching anything if one cannot be reverted.
  std::vector<const Migration*> plan;
  for (auto it = m_migrations.rbegin(); it != m_migrations.rend(); ++it) {
    if (applied.erase({it->module, it->name})) plan.push_back(&*it);
  }
  if (!applied.empty()) {
    const auto& [module, name] = applied.begin()->first;
    throw Error(ErrorType::NotAllowed, "Cannot roll back migration " + module + "/" + name +
                                           ": this binary does not include it. Nothing was "
                                           "rolled back.");
  }
  for (const auto* m : plan) {
    if (!splitMigration(m->sql).down) {
      throw Error(ErrorType::NotAllowed, "Cannot roll back migration " + m->module + "/" + m->name +
                                             ": it has no `-- migrate:down` part. "
                                             "Nothing was rolled back.");
    }
  }

  std::vector<MigrationRecord> done;
  for (const auto* m : plan) {
    m_pool.transact([&](TxContext& tx) {
      runScript(tx, *m, *splitMigration(m->sql).down);
      tx.exec(kDelete, m->module, m->name);
    });
    spdlog::info("rolled back migration {}/{} (batch {})", m->module, m->name, lastBatch);
    done.push_back({m->module, m->name, lastBatch});
  }
  if (done.empty()) spdlog::info("no migrations to roll back");
  return done;
}

}  // namespace medusa::db
