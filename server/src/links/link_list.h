// SPDX-License-Identifier: MIT
#pragma once

namespace medusa::framework {
class ModuleRegistry;
}

namespace medusa::server {

/// Declares every link between modules (API-CORE.md §6.2), one file per link in this folder.
void registerLinks(framework::ModuleRegistry& registry);

}  // namespace medusa::server
