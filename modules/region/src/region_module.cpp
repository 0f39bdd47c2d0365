// SPDX-License-Identifier: MIT
#include "medusa/region/region_module.h"

#include <memory>

#include "medusa/region/region_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::region {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

framework::ModuleDefinition moduleDefinition() {
  EntityDefinition region{.name = "region", .idPrefix = "reg"};
  region.columns = {{"name", ColumnKind::Text, false},
                    {"currency_code", ColumnKind::Text, false},
                    {"automatic_taxes", ColumnKind::Bool, false},
                    {"metadata", ColumnKind::Json}};
  region.searchable = {"name", "currency_code"};
  // Not cascadeDelete: deleting a region frees its countries, it never deletes them.
  region.relations = {{.name = "countries",
                       .kind = RelationKind::HasMany,
                       .target = "country",
                       .foreignKey = "region_id"}};

  EntityDefinition country{.name = "country",
                           .table = "region_country",
                           .displayName = "Country",
                           .primaryKey = "iso_2"};
  country.columns = {{"iso_2", ColumnKind::Text, false},
                     {"iso_3", ColumnKind::Text, false},
                     {"num_code", ColumnKind::Text, false},
                     {"name", ColumnKind::Text, false},
                     {"display_name", ColumnKind::Text, false},
                     {"region_id"},
                     {"metadata", ColumnKind::Json}};
  country.searchable = {"iso_2", "name"};
  country.relations = {{.name = "region",
                        .kind = RelationKind::BelongsTo,
                        .target = "region",
                        .foreignKey = "region_id"}};

  return framework::ModuleDefinition{
      .name = "region",
      .entities = {region, country},
      .migrations = migrations(),
      .linkable = {"region", "country"},
      .boot =
          [](framework::ModuleContext& context) {
            if (auto* services = context.services()) {
              services->registerService(std::make_shared<RegionModuleService>(context));
            }
          }};
}

}  // namespace medusa::region
