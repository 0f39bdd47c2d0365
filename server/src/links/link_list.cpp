// SPDX-License-Identifier: MIT
#include "links/link_list.h"

#include "medusa/framework/module_registry.h"

namespace medusa::server {

void registerLinks(framework::ModuleRegistry& /*registry*/) {
  // TODO(#5, #6): registry.addLink(links::productSalesChannel()) ... as the modules land.
}

}  // namespace medusa::server
