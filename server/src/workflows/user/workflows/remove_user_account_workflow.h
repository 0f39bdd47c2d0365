// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/auth/steps/delete_auth_identity_step.h"
#include "workflows/auth/steps/find_actor_auth_identity_step.h"
#include "workflows/user/steps/delete_users_step.h"
#include "workflows/user/steps/set_auth_app_metadata_step.h"

namespace medusa::server::workflows {

/// Whether an identity still serves another actor (e.g. the same e-mail is also a customer).
inline bool servesOtherActors(const boost::json::object& appMetadata) {
  return std::any_of(appMetadata.begin(), appMetadata.end(), [](const auto& entry) {
    return entry.key() != "user_id" && !entry.value().is_null();
  });
}

/// Deletes a user (input: its id) and its login, as Medusa's removeUserAccountWorkflow: the
/// auth identity is deleted, or only detached (user_id removed) when another actor still uses
/// it. Emits `user.deleted`. Every step is compensated. Returns the id.
inline const auto removeUserAccountWorkflow = workflow::makeWorkflow(
    "remove-user-account", [](const std::string& userId, workflow::Flow& flow) {
      flow.run(deleteUsersStep, std::vector<std::string>{userId});
      const auto identity =
          flow.run(findActorAuthIdentityStep,
                   boost::json::object{{"actor_type", "user"}, {"actor_id", userId}});
      if (const auto* found = identity.if_object()) {
        if (servesOtherActors(found->at("app_metadata").as_object())) {
          flow.run(setAuthAppMetadataStep,
                   boost::json::object{{"auth_identity_id", found->at("id")},
                                       {"actor_type", "user"},
                                       {"value", nullptr}});
        } else {
          flow.run(deleteAuthIdentityStep,
                   std::vector<std::string>{std::string(found->at("id").as_string())});
        }
      }
      flow.run(workflow::emitEventStep, {"user.deleted", boost::json::object{{"id", userId}}, {}});
      return userId;
    });

}  // namespace medusa::server::workflows
