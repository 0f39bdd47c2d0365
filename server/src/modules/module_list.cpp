// SPDX-License-Identifier: MIT
#include "modules/module_list.h"

namespace medusa::server {

std::vector<db::Migration> allMigrations() {
  std::vector<db::Migration> all;
  // TODO(#6): append each module's migrations() as the modules land.
  return all;
}

}  // namespace medusa::server
