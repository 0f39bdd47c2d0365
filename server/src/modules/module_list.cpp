// SPDX-License-Identifier: MIT
#include "modules/module_list.h"

#include "links/link_list.h"
#include "medusa/api_key/api_key_module.h"
#include "medusa/auth/auth_module.h"
#include "medusa/currency/currency_module.h"
#include "medusa/customer/customer_module.h"
#include "medusa/framework/module_registry.h"
#include "medusa/inventory/inventory_module.h"
#include "medusa/pricing/pricing_module.h"
#include "medusa/product/product_module.h"
#include "medusa/region/region_module.h"
#include "medusa/sales_channel/sales_channel_module.h"
#include "medusa/stock_location/stock_location_module.h"
#include "medusa/store/store_module.h"
#include "medusa/user/user_module.h"
#include "medusa/workflow/postgres_workflow_execution_store.h"

namespace medusa::server {

void registerModules(framework::ModuleRegistry& registry) {
  registry.addModule(auth::moduleDefinition());
  registry.addModule(user::moduleDefinition());
  registry.addModule(api_key::moduleDefinition());
  registry.addModule(currency::moduleDefinition());
  registry.addModule(region::moduleDefinition());
  registry.addModule(store::moduleDefinition());
  registry.addModule(sales_channel::moduleDefinition());
  registry.addModule(product::moduleDefinition());
  registry.addModule(pricing::moduleDefinition());
  registry.addModule(stock_location::moduleDefinition());
  registry.addModule(inventory::moduleDefinition());
  registry.addModule(customer::moduleDefinition());
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
