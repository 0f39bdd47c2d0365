// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/stock_location/stock_location_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Soft-deletes stock locations. Compensation: restores them.
inline const auto deleteStockLocationsStep = workflow::makeStep(
    "delete-stock-locations-step",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<stock_location::StockLocationModuleService>().softDeleteStockLocations(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<stock_location::StockLocationModuleService>().restoreStockLocations(ids);
    });

}  // namespace medusa::server::workflows
