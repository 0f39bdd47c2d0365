// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/stock_location/steps/update_stock_locations_step.h"

namespace medusa::server::workflows {

/// Updates stock locations (each update names its id, `address` is upserted); returns them.
inline const auto updateStockLocationsWorkflow = workflow::makeWorkflow(
    "update-stock-locations-workflow", [](const boost::json::array& updates, workflow::Flow& flow) {
      return flow.run(updateStockLocationsStep, updates);
    });

}  // namespace medusa::server::workflows
