// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/sales_channel/link_input.h"
#include "workflows/sales_channel/steps/update_sales_channels_step.h"

namespace medusa::server::workflows {

/// Updates sales channels (each update names its id) and emits `sales-channel.updated`.
/// Returns the updated channels.
inline const auto updateSalesChannelsWorkflow = workflow::makeWorkflow(
    "update-sales-channels", [](const boost::json::array& updates, workflow::Flow& flow) {
      auto channels = flow.run(updateSalesChannelsStep, updates);
      flow.run(workflow::emitEventStep, {"sales-channel.updated", idEventsOf(idsOf(channels)), {}});
      return channels;
    });

}  // namespace medusa::server::workflows
