// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/user/user_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Spends an invite before anything is created from it (ours, issue 12: Medusa deletes it at
/// the end, so concurrent acceptances could each create a user); a spent invite fails the run.
/// Compensation: restores the invite.
inline const auto claimInviteStep = workflow::makeStep(
    "claim-invite-step",
    [](const std::string& inviteId, workflow::StepContext& ctx) {
      ctx.resolve<user::UserModuleService>().claimInvite(inviteId);
      return workflow::StepResponse{boost::json::object{{"id", inviteId}},
                                    std::vector<std::string>{inviteId}};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<user::UserModuleService>().restoreInvites(ids);
    });

}  // namespace medusa::server::workflows
