// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/core/config.h"
#include "medusa/user/user_module_service.h"
#include "medusa/workflow/step_context.h"

namespace medusa::server::workflows {

/// The user module's invite options from the project configuration in the container (the
/// secret stays out of workflow inputs, which execution records keep).
inline user::InviteTokenSettings inviteTokenSettings(const workflow::StepContext& ctx) {
  return user::InviteTokenSettings{.jwtSecret = ctx.resolve<Config>().jwtSecret};
}

}  // namespace medusa::server::workflows
