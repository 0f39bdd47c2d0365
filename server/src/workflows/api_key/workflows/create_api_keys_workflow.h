// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/api_key/steps/create_api_keys_step.h"

namespace medusa::server::workflows {

/// Creates API keys ({api_keys: [{title, type, created_by}]}); returns them with their plain
/// tokens.
inline const auto createApiKeysWorkflow = workflow::makeWorkflow(
    "create-api-keys", [](const boost::json::object& in, workflow::Flow& flow) {
      return flow.run(createApiKeysStep, in.at("api_keys").as_array());
    });

}  // namespace medusa::server::workflows
