// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/user/user_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Updates users (each row names its id). Compensation: writes the previous values back.
inline const auto updateUsersStep =
    makeUpdateEntitiesStep<user::UserModuleService>("update-users-step", "user");

}  // namespace medusa::server::workflows
