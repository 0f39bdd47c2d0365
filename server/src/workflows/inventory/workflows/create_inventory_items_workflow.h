// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/inventory/steps/create_inventory_items_step.h"
#include "workflows/inventory/workflows/create_inventory_levels_workflow.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

namespace detail {

// The items without their `location_levels`, which the levels workflow creates afterwards.
inline boost::json::array itemsWithoutLevels(const boost::json::array& items) {
  boost::json::array out;
  for (const auto& item : items) {
    auto copy = item.as_object();
    copy.erase("location_levels");
    out.push_back(std::move(copy));
  }
  return out;
}

// Each input item's levels with the id of the item created for it (same order).
inline boost::json::array levelsOf(const boost::json::array& items,
                                   const boost::json::array& created) {
  boost::json::array levels;
  for (std::size_t i = 0; i < items.size() && i < created.size(); ++i) {
    const auto* wanted = items[i].as_object().if_contains("location_levels");
    if (!wanted || !wanted->is_array()) continue;
    for (const auto& level : wanted->get_array()) {
      auto row = level.as_object();
      row["inventory_item_id"] = created[i].at("id");
      levels.push_back(std::move(row));
    }
  }
  return levels;
}

}  // namespace detail

/// Creates inventory items ({items: [{sku?, …, location_levels?: [{location_id, …}]}]}), then
/// their levels through create-inventory-levels-workflow, and emits `inventory-item.created`.
/// Returns the items.
inline const auto createInventoryItemsWorkflow = workflow::makeWorkflow(
    "create-inventory-items-workflow", [](const boost::json::object& in, workflow::Flow& flow) {
      const auto& items = in.at("items").as_array();
      auto created = flow.run(createInventoryItemsStep, detail::itemsWithoutLevels(items));
      flow.run(createInventoryLevelsWorkflow,
               boost::json::object{{"inventory_levels", detail::levelsOf(items, created)}});
      flow.run(workflow::emitEventStep,
               {"inventory-item.created", idEventsOf(idsOf(created)), {}});
      return created;
    });

}  // namespace medusa::server::workflows
