// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/stock_location/steps/create_stock_locations_step.h"

namespace medusa::server::workflows {

/// Creates stock locations ({locations: [{name, address?, address_id?, metadata?}]}); returns
/// them.
inline const auto createStockLocationsWorkflow = workflow::makeWorkflow(
    "create-stock-locations-workflow", [](const boost::json::object& in, workflow::Flow& flow) {
      return flow.run(createStockLocationsStep, in.at("locations").as_array());
    });

}  // namespace medusa::server::workflows
