// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/api_key/steps/update_api_keys_step.h"

namespace medusa::server::workflows {

/// Updates API keys ([{id, title}]); returns them.
inline const auto updateApiKeysWorkflow = workflow::makeWorkflow(
    "update-api-keys", [](const boost::json::array& updates, workflow::Flow& flow) {
      return flow.run(updateApiKeysStep, updates);
    });

}  // namespace medusa::server::workflows
