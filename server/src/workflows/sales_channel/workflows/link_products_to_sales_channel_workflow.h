// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/create_remote_links_step.h"
#include "workflows/common/steps/dismiss_remote_links_step.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Adds and removes the products of one sales channel ({id, add?, remove?}) through the
/// product_sales_channel link; each link step undoes itself on failure.
inline const auto linkProductsToSalesChannelWorkflow = workflow::makeWorkflow(
    "link-products-to-sales-channel", [](const boost::json::object& in, workflow::Flow& flow) {
      constexpr LinkSide kChannel{"sales_channel", "sales_channel_id"};
      constexpr LinkSide kProduct{"product", "product_id"};
      flow.run(createRemoteLinksStep, linkRows(in, "add", kChannel, kProduct));
      flow.run(dismissRemoteLinksStep, linkRows(in, "remove", kChannel, kProduct));
    });

}  // namespace medusa::server::workflows
