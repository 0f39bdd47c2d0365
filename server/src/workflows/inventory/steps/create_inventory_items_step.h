// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/inventory/inventory_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates inventory items (without levels: the workflow creates those). A live item with the
/// same sku: Error{InvalidData} (`… already exists.`). Compensation: deletes them for good.
inline const auto createInventoryItemsStep = workflow::makeStep(
    "create-inventory-items",
    [](const boost::json::array& items, workflow::StepContext& ctx) {
      auto created = ctx.resolve<inventory::InventoryModuleService>().createInventoryItems(items);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<inventory::InventoryModuleService>().deleteInventoryItems(ids);
    });

}  // namespace medusa::server::workflows
