// SPDX-License-Identifier: MIT
#include "medusa/store/store_module.h"

#include <memory>

#include "medusa/store/store_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::store {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

framework::ModuleDefinition moduleDefinition() {
  EntityDefinition store{.name = "store", .idPrefix = "store"};
  store.columns = {{"name", ColumnKind::Text, false},
                   {"default_sales_channel_id"},
                   {"default_region_id"},
                   {"default_location_id"},
                   {"metadata", ColumnKind::Json}};
  store.searchable = {"name"};
  store.relations = {{.name = "supported_currencies",
                      .kind = RelationKind::HasMany,
                      .target = "store_currency",
                      .foreignKey = "store_id",
                      .cascadeDelete = true}};

  EntityDefinition currency{
      .name = "store_currency", .idPrefix = "stocur", .displayName = "Store currency"};
  currency.columns = {{"currency_code", ColumnKind::Text, false},
                      {"is_default", ColumnKind::Bool, false},
                      {"is_tax_inclusive", ColumnKind::Bool, false},
                      {"store_id"}};
  currency.searchable = {"currency_code"};
  currency.relations = {{.name = "store",
                         .kind = RelationKind::BelongsTo,
                         .target = "store",
                         .foreignKey = "store_id"}};

  return framework::ModuleDefinition{
      .name = "store",
      .entities = {store, currency},
      .migrations = migrations(),
      .linkable = {"store", "store_currency"},
      .boot =
          [](framework::ModuleContext& context) {
            if (auto* services = context.services()) {
              services->registerService(std::make_shared<StoreModuleService>(context));
            }
          }};
}

}  // namespace medusa::store
