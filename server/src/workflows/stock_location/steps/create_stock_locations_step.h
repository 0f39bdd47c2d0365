// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/stock_location/stock_location_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates stock locations (with their nested address). Compensation: deletes them and their
/// addresses for good.
inline const auto createStockLocationsStep = workflow::makeStep(
    "create-stock-locations",
    [](const boost::json::array& locations, workflow::StepContext& ctx) {
      auto created =
          ctx.resolve<stock_location::StockLocationModuleService>().createStockLocations(locations);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<stock_location::StockLocationModuleService>().deleteStockLocations(ids);
    });

}  // namespace medusa::server::workflows
