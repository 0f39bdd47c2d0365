// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/user/steps/delete_invites_step.h"

namespace medusa::server::workflows {

/// Withdraws invites (input: ids) and emits `invite.deleted` per invite.
inline const auto deleteInvitesWorkflow = workflow::makeWorkflow(
    "delete-invites-workflow", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      flow.run(deleteInvitesStep, ids);
      boost::json::array events;
      for (const auto& id : ids) events.push_back(boost::json::object{{"id", id}});
      flow.run(workflow::emitEventStep, {"invite.deleted", events, {}});
      return ids;
    });

}  // namespace medusa::server::workflows
