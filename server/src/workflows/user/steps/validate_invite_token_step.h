// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "medusa/user/user_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/user/steps/invite_token_settings.h"

namespace medusa::server::workflows {

/// The invite an invite token names; fails for foreign, expired or spent tokens. Reads only.
inline const auto validateInviteTokenStep = workflow::makeStep(
    "validate-invite-token-step", [](const std::string& token, workflow::StepContext& ctx) {
      return ctx.resolve<user::UserModuleService>().validateInviteToken(
          token, inviteTokenSettings(ctx).jwtSecret);
    });

}  // namespace medusa::server::workflows
