// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "medusa/db/migration.h"

namespace medusa::framework {
class ModuleRegistry;
}

namespace medusa::server {

/// Adds every commerce module to the registry, in dependency order (their migration and boot
/// order). Each module adds its line here when it lands.
void registerModules(framework::ModuleRegistry& registry);

/// Every migration db:migrate applies: the modules', then the link tables' (links/link_list.h).
std::vector<db::Migration> allMigrations();

}  // namespace medusa::server
