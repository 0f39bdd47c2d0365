// SPDX-License-Identifier: MIT
// product_variant.inventory_quantity (API-CORE.md §4.2): for each inventory item linked to a
// managed variant, the available quantity at the given stock locations divided by the
// quantity the variant needs, floored; the variant gets the smallest (0 without items). The
// store route passes the locations of the request's sales channel as
// context {"variants": {"inventory_quantity": {"location_ids": [...]}}}; without that context
// (admin routes) every location counts. One availability statement for every variant of a level.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "links/link_list.h"
#include "medusa/core/decimal.h"
#include "medusa/framework/entity_graph.h"
#include "medusa/framework/query_engine.h"
#include "medusa/inventory/inventory_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::server {

namespace bj = boost::json;

namespace {

std::vector<std::string> stringsOf(const bj::value* value) {
  std::vector<std::string> out;
  if (value == nullptr || !value->is_array()) return out;
  for (const auto& item : value->get_array()) {
    if (item.is_string()) out.emplace_back(item.get_string());
  }
  return out;
}

const bj::array* inventoryLinksOf(const bj::object& row) {
  const auto* links = row.if_contains("inventory_items");
  return links != nullptr && links->is_array() ? &links->get_array() : nullptr;
}

bool managesInventory(const bj::object& row) {
  const auto* flag = row.if_contains("manage_inventory");
  return flag != nullptr && flag->is_bool() && flag->get_bool();
}

std::int64_t quantityOf(const bj::array* links, const std::map<std::string, Decimal>& available) {
  if (links == nullptr || links->empty()) return 0;
  std::int64_t smallest = -1;
  for (const auto& link : *links) {
    const auto& row = link.as_object();
    const auto found = available.find(std::string(row.at("inventory_item_id").as_string()));
    const Decimal have = found == available.end() ? Decimal(0) : found->second;
    const Decimal need = Decimal::fromJson(row.at("required_quantity"));
    std::int64_t deliverable = 0;
    if (!need.isZero() && !have.isNegative()) {
      deliverable = static_cast<std::int64_t>(
          have.divide(need, 0, Rounding::Down).toDouble());
    }
    smallest = smallest < 0 ? deliverable : std::min(smallest, deliverable);
  }
  return std::max<std::int64_t>(smallest, 0);
}

}  // namespace

void registerInventoryQuantityField(framework::QueryEngine& query,
                                    workflow::ServiceContainer& services) {
  auto inventory = services.resolveShared<inventory::InventoryModuleService>();
  query.registerComputedField(
      "product_variant",
      {.name = "inventory_quantity",
       .dependencies = {"manage_inventory", "inventory_items.inventory_item_id",
                        "inventory_items.required_quantity"},
       .resolver = [inventory](const framework::ComputedBatch& batch) {
         std::vector<std::string> items;
         for (const auto* row : batch.rows) {
           if (!managesInventory(*row)) continue;
           if (const auto* links = inventoryLinksOf(*row)) {
             for (const auto& link : *links) {
               items.emplace_back(link.at("inventory_item_id").as_string());
             }
           }
         }
         // Store routes name their channel's locations (none: nothing is available); without
         // them (admin) the variant counts every location, as Medusa's total availability.
         const auto* locationArg = batch.args.if_contains("location_ids");
         std::map<std::string, Decimal> available;
         if (!items.empty() && locationArg == nullptr) {
           available = inventory->retrieveTotalAvailableQuantities(items, &batch.tx);
         } else if (!items.empty()) {
           available = inventory->retrieveAvailableQuantities(items, stringsOf(locationArg),
                                                              &batch.tx);
         }
         std::vector<bj::value> out;
         out.reserve(batch.rows.size());
         for (const auto* row : batch.rows) {
           // Medusa leaves the field out for variants whose stock it does not manage.
           out.push_back(managesInventory(*row)
                             ? bj::value(quantityOf(inventoryLinksOf(*row), available))
                             : bj::value(nullptr));
         }
         return out;
       }});
}

}  // namespace medusa::server
