// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/create_remote_links_step.h"
#include "workflows/common/steps/dismiss_remote_links_step.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Adds and removes the sales channels of a stock location ({id, add?, remove?}) through the
/// sales_channel_stock_location link.
inline const auto linkSalesChannelsToStockLocationWorkflow = workflow::makeWorkflow(
    "link-sales-channels-to-stock-location",
    [](const boost::json::object& in, workflow::Flow& flow) {
      constexpr LinkSide kLocation{"stock_location", "stock_location_id"};
      constexpr LinkSide kChannel{"sales_channel", "sales_channel_id"};
      flow.run(createRemoteLinksStep, linkRows(in, "add", kLocation, kChannel));
      flow.run(dismissRemoteLinksStep, linkRows(in, "remove", kLocation, kChannel));
    });

}  // namespace medusa::server::workflows
