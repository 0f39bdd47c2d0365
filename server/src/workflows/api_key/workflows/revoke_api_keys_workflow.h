// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/api_key/steps/revoke_api_keys_step.h"

namespace medusa::server::workflows {

/// Revokes API keys ({ids, revoked_by, revoke_in?}); returns them.
inline const auto revokeApiKeysWorkflow = workflow::makeWorkflow(
    "revoke-api-keys", [](const boost::json::object& in, workflow::Flow& flow) {
      return flow.run(revokeApiKeysStep, in);
    });

}  // namespace medusa::server::workflows
