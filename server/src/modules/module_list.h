// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "medusa/db/migration.h"

namespace medusa::server {

/// Every module's migrations, in dependency order: what db:migrate applies. Each module adds its
/// list here when it lands.
std::vector<db::Migration> allMigrations();

}  // namespace medusa::server
