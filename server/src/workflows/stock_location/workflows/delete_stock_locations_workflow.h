// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/product/steps/remove_remote_links_step.h"
#include "workflows/sales_channel/link_input.h"
#include "workflows/stock_location/steps/delete_stock_locations_step.h"

namespace medusa::server::workflows {

/// Deletes stock locations (ids) and removes their links (sales channels).
inline const auto deleteStockLocationsWorkflow = workflow::makeWorkflow(
    "delete-stock-locations-workflow", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      flow.run(deleteStockLocationsStep, ids);
      flow.run(products::removeRemoteLinksStep,
               boost::json::object{{"entity", "stock_location"}, {"ids", jsonArray(ids)}});
    });

}  // namespace medusa::server::workflows
