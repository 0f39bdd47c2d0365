// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/user/steps/update_users_step.h"
#include "workflows/user/workflows/id_events.h"

namespace medusa::server::workflows {

/// Updates users (input: the updates, each naming its id) and emits `user.updated` per user,
/// as Medusa's updateUsersWorkflow. Returns the updated users.
inline const auto updateUsersWorkflow = workflow::makeWorkflow(
    "update-users-workflow", [](const boost::json::array& updates, workflow::Flow& flow) {
      const auto users = flow.run(updateUsersStep, updates);
      flow.run(workflow::emitEventStep, {"user.updated", idEvents(users), {}});
      return users;
    });

}  // namespace medusa::server::workflows
