// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/api_key/steps/delete_api_keys_step.h"
#include "workflows/product/steps/remove_remote_links_step.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Deletes revoked API keys (ids) and removes their sales channel links.
inline const auto deleteApiKeysWorkflow = workflow::makeWorkflow(
    "delete-api-keys", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      flow.run(deleteApiKeysStep, ids);
      flow.run(products::removeRemoteLinksStep,
               boost::json::object{{"entity", "api_key"}, {"ids", jsonArray(ids)}});
    });

}  // namespace medusa::server::workflows
