// SPDX-License-Identifier: MIT
// A fresh database with the given modules migrated and booted with a service container, so a
// test resolves the module's service exactly as workflow steps do.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "medusa/db/migration_runner.h"
#include "medusa/db/pool.h"
#include "medusa/framework/module_registry.h"
#include "medusa/workflow/service_container.h"
#include "test_services.h"

namespace medusa::test {

struct ModuleTestApp {
  std::unique_ptr<db::Pool> pool;
  std::shared_ptr<workflow::ServiceContainer> services;
  std::unique_ptr<framework::ModuleRegistry> registry;
};

inline ModuleTestApp makeModuleApp(const std::string& prefix,
                                   std::vector<framework::ModuleDefinition> modules) {
  ModuleTestApp app;
  app.pool = std::make_unique<db::Pool>(db::PoolOptions{.url = createDatabase(prefix), .size = 2});
  app.services = std::make_shared<workflow::ServiceContainer>();
  app.registry = std::make_unique<framework::ModuleRegistry>();
  for (auto& module : modules) app.registry->addModule(std::move(module));
  db::MigrationRunner(*app.pool, app.registry->migrations()).migrate();
  app.registry->boot(*app.pool, app.services.get());
  return app;
}

}  // namespace medusa::test
