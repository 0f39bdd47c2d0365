// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/user/user_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Soft-deletes invites (withdrawn or accepted). Compensation: restores them.
inline const auto deleteInvitesStep =
    makeSoftDeleteEntitiesStep<user::UserModuleService>("delete-invites-step", "invite");

}  // namespace medusa::server::workflows
