// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/user/steps/claim_invite_step.h"
#include "workflows/user/steps/create_users_step.h"
#include "workflows/user/steps/set_auth_app_metadata_step.h"
#include "workflows/user/steps/validate_invite_token_step.h"

namespace medusa::server::workflows {

/// Accepts an invite (input {invite_token, auth_identity_id, user: {email?, first_name?,
/// last_name?}}), as Medusa's acceptInviteWorkflow: checks the token, spends the invite (first,
/// atomically: of concurrent acceptances one goes on, the others fail before creating
/// anything), creates the user (e-mail defaults to the invite's), attaches it to the caller's
/// identity (refused if the identity already has a user), emits `user.created` and
/// `invite.accepted`. Every write is compensated. Returns the user.
inline const auto acceptInviteWorkflow = workflow::makeWorkflow(
    "accept-invite-workflow", [](const boost::json::object& in, workflow::Flow& flow) {
      const auto invite =
          flow.run(validateInviteTokenStep, std::string(in.at("invite_token").as_string()));
      flow.run(claimInviteStep, std::string(invite.at("id").as_string()));
      auto userData = in.at("user").as_object();
      if (const auto* email = userData.if_contains("email"); !email || email->is_null()) {
        userData["email"] = invite.at("email");
      }
      const auto users = flow.run(createUsersStep, boost::json::array{userData});
      const auto& user = users.at(0).as_object();
      flow.run(setAuthAppMetadataStep,
               boost::json::object{{"auth_identity_id", in.at("auth_identity_id")},
                                   {"actor_type", "user"},
                                   {"value", user.at("id")}});
      flow.run(workflow::emitEventStep,
               {"user.created", boost::json::object{{"id", user.at("id")}}, {}});
      flow.run(workflow::emitEventStep,
               {"invite.accepted", boost::json::object{{"id", invite.at("id")}}, {}});
      return user;
    });

}  // namespace medusa::server::workflows
