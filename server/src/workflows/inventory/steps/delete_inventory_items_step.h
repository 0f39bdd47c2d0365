// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/inventory/inventory_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Soft-deletes inventory items with their levels and reservations. Compensation: restores
/// them all.
inline const auto deleteInventoryItemsStep = workflow::makeStep(
    "delete-inventory-item-step",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<inventory::InventoryModuleService>().softDeleteInventoryItems(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<inventory::InventoryModuleService>().restoreInventoryItems(ids);
    });

}  // namespace medusa::server::workflows
