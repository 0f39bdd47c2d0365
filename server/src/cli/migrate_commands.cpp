// SPDX-License-Identifier: MIT
// db:migrate and db:rollback.
#include <iostream>

#include "cli/commands.h"
#include "config/database_runtime.h"
#include "medusa/db/migration_runner.h"
#include "modules/module_list.h"

namespace medusa::server::cli {

int migrate(const Config& config) {
  DatabaseRuntime database(config);
  const auto applied = db::MigrationRunner(database.pool(), allMigrations()).migrate();
  if (applied.empty()) {
    std::cout << "Nothing to migrate: the database is up to date.\n";
  } else {
    for (const auto& r : applied) std::cout << "applied " << r.module << "/" << r.name << "\n";
  }
  return 0;
}

int rollback(const Config& config, const std::vector<std::string>& modules) {
  DatabaseRuntime database(config);
  const auto reverted = db::MigrationRunner(database.pool(), allMigrations()).rollback(modules);
  if (reverted.empty()) {
    std::cout << "Nothing to roll back.\n";
  } else {
    for (const auto& r : reverted) std::cout << "reverted " << r.module << "/" << r.name << "\n";
  }
  return 0;
}

}  // namespace medusa::server::cli
