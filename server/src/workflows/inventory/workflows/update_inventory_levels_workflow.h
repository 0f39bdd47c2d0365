// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/inventory/steps/update_inventory_levels_step.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Updates inventory levels ({updates: [{inventory_item_id, location_id, …}]}) and emits
/// `inventory-level.updated`. Returns them.
inline const auto updateInventoryLevelsWorkflow = workflow::makeWorkflow(
    "update-inventory-levels-workflow", [](const boost::json::object& in, workflow::Flow& flow) {
      auto levels = flow.run(updateInventoryLevelsStep, in.at("updates").as_array());
      flow.run(workflow::emitEventStep, {"inventory-level.updated", idEventsOf(idsOf(levels)), {}});
      return levels;
    });

}  // namespace medusa::server::workflows
