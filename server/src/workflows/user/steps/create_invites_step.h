// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/user/user_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/user/steps/invite_token_settings.h"

namespace medusa::server::workflows {

/// Creates invites ({email, metadata?}) with their tokens. Compensation: deletes them.
inline const auto createInvitesStep = workflow::makeStep(
    "create-invite-step",
    [](const boost::json::array& invites, workflow::StepContext& ctx) {
      auto created =
          ctx.resolve<user::UserModuleService>().createInvites(invites, inviteTokenSettings(ctx));
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // compensation must be idempotent
      ctx.resolve<user::UserModuleService>().deleteInvites(ids);
    });

}  // namespace medusa::server::workflows
