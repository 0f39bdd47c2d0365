// SPDX-License-Identifier: MIT
#include "modules/module_list.h"

#include "links/link_list.h"
#include "medusa/auth/auth_module.h"
#include "medusa/framework/module_registry.h"
#include "medusa/workflow/postgres_workflow_execution_store.h"
#include "medusa/user/user_module.h"

namespace medusa::server {

void registerModules(framework::ModuleRegistry& registry) {
  registry.addModule(auth::moduleDefinition());
  registry.addModule(user::moduleDefinition());
  // TODO(#5, #6): registry.addModule(<module>::moduleDefinition()) as the modules land.
}

std::vector<db::Migration> allMigrations() {
  framework::ModuleRegistry registry;
  registerModules(registry);
  registerLinks(registry);
  auto all = registry.migrations();
  // The durable workflow store's table: present whichever store is configured, so switching
  // MEDUSA_WORKFLOW_STORE never needs a migration.
  for (auto& m : workflow::workflowExecutionMigrations()) all.push_back(std::move(m));
  return all;
}

}  // namespace medusa::server
