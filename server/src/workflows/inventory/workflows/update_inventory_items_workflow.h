// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/inventory/steps/update_inventory_items_step.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Updates inventory items ({updates: [{id, …}]}) and emits `inventory-item.updated`.
/// Returns them.
inline const auto updateInventoryItemsWorkflow = workflow::makeWorkflow(
    "update-inventory-items-workflow", [](const boost::json::object& in, workflow::Flow& flow) {
      auto items = flow.run(updateInventoryItemsStep, in.at("updates").as_array());
      flow.run(workflow::emitEventStep, {"inventory-item.updated", idEventsOf(idsOf(items)), {}});
      return items;
    });

}  // namespace medusa::server::workflows
