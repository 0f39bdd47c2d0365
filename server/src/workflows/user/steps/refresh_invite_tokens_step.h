// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/user/user_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/user/steps/invite_token_settings.h"

namespace medusa::server::workflows {

/// Gives invites new tokens and expiry dates. Compensation: puts the old ones back.
inline const auto refreshInviteTokensStep = workflow::makeStep(
    "refresh-invite-tokens-step",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      auto& service = ctx.resolve<user::UserModuleService>();
      boost::json::array wanted;
      for (const auto& id : ids) wanted.emplace_back(id);
      auto previous = service.entity("invite").list(
          {.filters = {{"id", wanted}}, .fields = {"id", "token", "expires_at"}});
      auto refreshed = service.refreshInviteTokens(ids, inviteTokenSettings(ctx));
      return workflow::StepResponse{std::move(refreshed), std::move(previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<user::UserModuleService>().updateInvites(previous);
    });

}  // namespace medusa::server::workflows
