// SPDX-License-Identifier: MIT
#include "medusa/inventory/inventory_module.h"

#include <memory>

#include "medusa/inventory/inventory_module_service.h"
#include "medusa/workflow/service_container.h"
#include "services/inventory_computed_fields.h"

namespace medusa::inventory {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

namespace {

EntityDefinition itemEntity() {
  EntityDefinition item{.name = "inventory_item", .idPrefix = "iitem"};
  item.columns = {{"sku"},
                  {"origin_country"},
                  {"hs_code"},
                  {"mid_code"},
                  {"material"},
                  {"weight", ColumnKind::Number},
                  {"length", ColumnKind::Number},
                  {"height", ColumnKind::Number},
                  {"width", ColumnKind::Number},
                  {"requires_shipping", ColumnKind::Bool, false},
                  {"description"},
                  {"title"},
                  {"thumbnail"},
                  {"metadata", ColumnKind::Json}};
  item.searchable = {"sku", "hs_code", "mid_code", "description", "title"};
  // Medusa cascades deletes from an item to its levels and reservations.
  item.relations = {{.name = "location_levels",
                     .kind = RelationKind::HasMany,
                     .target = "inventory_level",
                     .foreignKey = "inventory_item_id",
                     .cascadeDelete = true},
                    {.name = "reservation_items",
                     .kind = RelationKind::HasMany,
                     .target = "reservation_item",
                     .foreignKey = "inventory_item_id",
                     .cascadeDelete = true}};
  return item;
}

EntityDefinition levelEntity() {
  EntityDefinition level{.name = "inventory_level", .idPrefix = "ilev"};
  level.columns = {{"inventory_item_id", ColumnKind::Text, false},
                   {"location_id", ColumnKind::Text, false},
                   {"stocked_quantity", ColumnKind::Money, false},
                   {"reserved_quantity", ColumnKind::Money, false},
                   {"incoming_quantity", ColumnKind::Money, false},
                   {"metadata", ColumnKind::Json}};
  level.relations = {{.name = "inventory_item",
                      .kind = RelationKind::BelongsTo,
                      .target = "inventory_item",
                      .foreignKey = "inventory_item_id"}};
  return level;
}

EntityDefinition reservationEntity() {
  EntityDefinition reservation{.name = "reservation_item", .idPrefix = "resitem"};
  reservation.columns = {{"line_item_id"},
                         {"allow_backorder", ColumnKind::Bool, false},
                         {"location_id", ColumnKind::Text, false},
                         {"quantity", ColumnKind::Money, false},
                         {"external_id"},
                         {"description"},
                         {"created_by"},
                         {"metadata", ColumnKind::Json},
                         {"inventory_item_id", ColumnKind::Text, false}};
  reservation.searchable = {"description"};
  reservation.relations = {{.name = "inventory_item",
                            .kind = RelationKind::BelongsTo,
                            .target = "inventory_item",
                            .foreignKey = "inventory_item_id"}};
  return reservation;
}

}  // namespace

framework::ModuleDefinition moduleDefinition() {
  return framework::ModuleDefinition{
      .name = "inventory",
      .entities = {itemEntity(), levelEntity(), reservationEntity()},
      .migrations = migrations(),
      .linkable = {"inventory_item", "inventory_level", "reservation_item"},
      .boot = [](framework::ModuleContext& context) {
        detail::registerComputedFields(context.query());
        if (auto* services = context.services()) {
          services->registerService(std::make_shared<InventoryModuleService>(context));
        }
      }};
}

}  // namespace medusa::inventory
