// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/user/steps/create_invites_step.h"
#include "workflows/user/workflows/id_events.h"

namespace medusa::server::workflows {

/// Creates invites ({email, metadata?} each) and emits `invite.created` per invite, as
/// Medusa's createInvitesWorkflow (whose id is "create-invite-step"). Returns the invites.
inline const auto createInvitesWorkflow = workflow::makeWorkflow(
    "create-invite-step", [](const boost::json::array& invites, workflow::Flow& flow) {
      const auto created = flow.run(createInvitesStep, invites);
      flow.run(workflow::emitEventStep, {"invite.created", idEvents(created), {}});
      return created;
    });

}  // namespace medusa::server::workflows
