// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/inventory/steps/create_inventory_levels_step.h"
#include "workflows/inventory/steps/validate_inventory_locations_step.h"
#include "workflows/inventory/workflows/batch_inventory_item_levels_workflow.h"
#include "workflows/inventory/workflows/delete_inventory_levels_workflow.h"

namespace medusa::server::workflows {

/// Medusa's bulk-create-delete-levels-workflow for one item's levels ({creates: [...],
/// deletes: [{inventory_item_id, location_id}]}): deletes, then creates. Returns the created.
inline const auto bulkCreateDeleteLevelsWorkflow = workflow::makeWorkflow(
    "bulk-create-delete-levels-workflow", [](const boost::json::object& in, workflow::Flow& flow) {
      const auto creates = detail::arrayAt(in, "creates");
      flow.run(deleteInventoryLevelsWorkflow,
               boost::json::object{{"pairs", detail::arrayAt(in, "deletes")}, {"force", true}});
      flow.run(validateInventoryLocationsStep, creates);
      return flow.run(createInventoryLevelsStep, creates);
    });

}  // namespace medusa::server::workflows
