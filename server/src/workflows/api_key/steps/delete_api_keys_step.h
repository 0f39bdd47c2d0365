// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/api_key/api_key_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Deletes API keys; only revoked ones (Error{NotAllowed} `Cannot delete api keys that are not
/// revoked - apk_1`). Soft delete, so the compensation can restore them.
inline const auto deleteApiKeysStep = workflow::makeStep(
    "delete-api-keys",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<api_key::ApiKeyModuleService>().softDeleteApiKeys(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<api_key::ApiKeyModuleService>().restoreApiKeys(ids);
    });

}  // namespace medusa::server::workflows
