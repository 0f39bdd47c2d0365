// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/auth/auth_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Soft-deletes auth identities with their logins. Compensation: restores them.
inline const auto deleteAuthIdentityStep = workflow::makeStep(
    "delete-auth-identity-step",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<auth::AuthModuleService>().softDeleteAuthIdentities(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<auth::AuthModuleService>().restoreAuthIdentities(ids);
    });

}  // namespace medusa::server::workflows
