// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/inventory/steps/delete_inventory_levels_step.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Deletes inventory levels ({ids?, pairs?, force?}, see deleteInventoryLevelsStep) and emits
/// `inventory-level.deleted`. Returns the deleted ids.
inline const auto deleteInventoryLevelsWorkflow = workflow::makeWorkflow(
    "delete-inventory-levels-workflow", [](const boost::json::object& in, workflow::Flow& flow) {
      auto deleted = flow.run(deleteInventoryLevelsStep, in);
      flow.run(workflow::emitEventStep, {"inventory-level.deleted", idEventsOf(deleted), {}});
      return deleted;
    });

}  // namespace medusa::server::workflows
