// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/inventory/steps/create_inventory_levels_step.h"
#include "workflows/inventory/steps/validate_inventory_locations_step.h"

namespace medusa::server::workflows {

/// Creates inventory levels ({inventory_levels: [...]}) at existing stock locations; returns
/// them.
inline const auto createInventoryLevelsWorkflow = workflow::makeWorkflow(
    "create-inventory-levels-workflow", [](const boost::json::object& in, workflow::Flow& flow) {
      const auto& levels = in.at("inventory_levels").as_array();
      flow.run(validateInventoryLocationsStep, levels);
      return flow.run(createInventoryLevelsStep, levels);
    });

}  // namespace medusa::server::workflows
