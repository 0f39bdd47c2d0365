// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/create_remote_links_step.h"
#include "workflows/common/steps/dismiss_remote_links_step.h"
#include "workflows/product/steps/validate_sales_channels_exist_step.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Adds and removes the sales channels of a publishable key ({id, add?, remove?}): the added
/// channels must exist (`Sales channels with IDs X do not exist`).
inline const auto linkSalesChannelsToApiKeyWorkflow = workflow::makeWorkflow(
    "link-sales-channels-to-api-key", [](const boost::json::object& in, workflow::Flow& flow) {
      constexpr LinkSide kKey{"api_key", "publishable_key_id"};
      constexpr LinkSide kChannel{"sales_channel", "sales_channel_id"};
      flow.run(products::validateSalesChannelsExistStep, stringsOf(in.if_contains("add")));
      flow.run(createRemoteLinksStep, linkRows(in, "add", kKey, kChannel));
      flow.run(dismissRemoteLinksStep, linkRows(in, "remove", kKey, kChannel));
    });

}  // namespace medusa::server::workflows
