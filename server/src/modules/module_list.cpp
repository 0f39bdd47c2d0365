// SPDX-License-Identifier: MIT
#include "modules/module_list.h"

#include "links/link_list.h"
#include "medusa/framework/module_registry.h"

namespace medusa::server {

void registerModules(framework::ModuleRegistry& /*registry*/) {
  // TODO(#5, #6): registry.addModule(<module>::moduleDefinition()) as the modules land.
}

std::vector<db::Migration> allMigrations() {
  framework::ModuleRegistry registry;
  registerModules(registry);
  registerLinks(registry);
  return registry.migrations();
}

}  // namespace medusa::server
