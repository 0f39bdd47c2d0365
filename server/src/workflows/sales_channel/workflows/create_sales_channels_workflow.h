// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/sales_channel/link_input.h"
#include "workflows/sales_channel/steps/create_sales_channels_step.h"

namespace medusa::server::workflows {

/// Creates sales channels ({salesChannelsData: [{name, description?, is_disabled?,
/// metadata?}]}) and emits `sales-channel.created` per channel. Returns them.
inline const auto createSalesChannelsWorkflow = workflow::makeWorkflow(
    "create-sales-channels", [](const boost::json::object& in, workflow::Flow& flow) {
      auto channels = flow.run(createSalesChannelsStep, in.at("salesChannelsData").as_array());
      flow.run(workflow::emitEventStep, {"sales-channel.created", idEventsOf(idsOf(channels)), {}});
      return channels;
    });

}  // namespace medusa::server::workflows
