// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/inventory/inventory_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates inventory levels ({inventory_item_id, location_id, stocked_quantity?,
/// incoming_quantity?}); a live level for the same pair: Error{InvalidData} (`… already exists.`).
/// Compensation: deletes them for good (they hold no reservations yet).
inline const auto createInventoryLevelsStep = workflow::makeStep(
    "create-inventory-levels",
    [](const boost::json::array& levels, workflow::StepContext& ctx) {
      if (levels.empty()) return workflow::StepResponse{boost::json::array{}, std::vector<std::string>{}};
      auto created = ctx.resolve<inventory::InventoryModuleService>().createInventoryLevels(levels);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<inventory::InventoryModuleService>().entity("inventory_level").remove(ids);
    });

}  // namespace medusa::server::workflows
