// SPDX-License-Identifier: MIT
#include "medusa/stock_location/stock_location_module.h"

#include <memory>

#include "medusa/stock_location/stock_location_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::stock_location {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

framework::ModuleDefinition moduleDefinition() {
  EntityDefinition location{.name = "stock_location", .idPrefix = "sloc"};
  location.columns = {
      {"name", ColumnKind::Text, false}, {"address_id"}, {"metadata", ColumnKind::Json}};
  location.searchable = {"name"};
  location.relations = {{.name = "address",
                         .kind = RelationKind::BelongsTo,
                         .target = "stock_location_address",
                         .foreignKey = "address_id"}};

  EntityDefinition address{.name = "stock_location_address", .idPrefix = "laddr"};
  address.columns = {{"address_1", ColumnKind::Text, false},
                     {"address_2"},
                     {"company"},
                     {"city"},
                     {"country_code", ColumnKind::Text, false},
                     {"phone"},
                     {"province"},
                     {"postal_code"},
                     {"metadata", ColumnKind::Json}};
  address.searchable = {"address_1",    "address_2", "city",
                        "country_code", "province",  "postal_code"};

  return framework::ModuleDefinition{
      .name = "stock_location",
      .entities = {location, address},
      .migrations = migrations(),
      .linkable = {"stock_location", "stock_location_address"},
      .boot = [](framework::ModuleContext& context) {
        if (auto* services = context.services()) {
          services->registerService(std::make_shared<StockLocationModuleService>(context));
        }
      }};
}

}  // namespace medusa::stock_location
