// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/product/steps/remove_remote_links_step.h"
#include "workflows/sales_channel/link_input.h"
#include "workflows/sales_channel/steps/can_delete_sales_channels_step.h"
#include "workflows/sales_channel/steps/delete_sales_channels_step.h"

namespace medusa::server::workflows {

/// Deletes sales channels (ids): refuses a store's default channel, soft-deletes, removes
/// their links (products, keys, locations) and emits `sales-channel.deleted`.
inline const auto deleteSalesChannelsWorkflow = workflow::makeWorkflow(
    "delete-sales-channels", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      flow.run(canDeleteSalesChannelsOrThrowStep, ids);
      flow.run(deleteSalesChannelsStep, ids);
      flow.run(products::removeRemoteLinksStep,
               boost::json::object{{"entity", "sales_channel"}, {"ids", jsonArray(ids)}});
      flow.run(workflow::emitEventStep, {"sales-channel.deleted", idEventsOf(ids), {}});
    });

}  // namespace medusa::server::workflows
