// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/user/steps/create_users_step.h"
#include "workflows/user/steps/set_auth_app_metadata_step.h"

namespace medusa::server::workflows {

/// Creates a user from `user_data` and attaches it to the auth identity `auth_identity_id`
/// (app_metadata.user_id), as Medusa's createUserAccountWorkflow. Returns the user.
inline const auto createUserAccountWorkflow = workflow::makeWorkflow(
    "create-user-account", [](const boost::json::object& in, workflow::Flow& flow) {
      const auto users =
          flow.run(createUsersStep, boost::json::array{in.at("user_data").as_object()});
      const auto& user = users.at(0).as_object();
      flow.run(setAuthAppMetadataStep, boost::json::object{{"auth_identity_id",
                                                            in.at("auth_identity_id")},
                                                           {"actor_type", "user"},
                                                           {"value", user.at("id")}});
      return user;
    });

}  // namespace medusa::server::workflows
