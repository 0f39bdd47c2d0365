// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/user/steps/refresh_invite_tokens_step.h"
#include "workflows/user/workflows/id_events.h"

namespace medusa::server::workflows {

/// New tokens and expiry for invites (input: ids); emits `invite.resent` per invite so the
/// invitation is sent again. Returns the invites.
inline const auto refreshInviteTokensWorkflow = workflow::makeWorkflow(
    "refresh-invite-tokens-workflow",
    [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      const auto invites = flow.run(refreshInviteTokensStep, ids);
      flow.run(workflow::emitEventStep, {"invite.resent", idEvents(invites), {}});
      return invites;
    });

}  // namespace medusa::server::workflows
