// SPDX-License-Identifier: MIT
#include "modules/module_list.h"

#include "links/link_list.h"
#include "medusa/auth/auth_module.h"
#include "medusa/framework/module_registry.h"
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
  return registry.migrations();
}

}  // namespace medusa::server
