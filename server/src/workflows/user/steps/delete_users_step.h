// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/user/user_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Soft-deletes users. Compensation: restores them.
inline const auto deleteUsersStep =
    makeSoftDeleteEntitiesStep<user::UserModuleService>("delete-users-step", "user");

}  // namespace medusa::server::workflows
