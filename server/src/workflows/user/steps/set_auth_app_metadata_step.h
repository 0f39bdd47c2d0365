// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "medusa/auth/auth_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Writes `<actor_type>_id` into an auth identity's app_metadata
/// (input {auth_identity_id, actor_type, value}). Compensation: restores the previous value.
inline const auto setAuthAppMetadataStep = workflow::makeStep(
    "set-auth-app-metadata",
    [](const boost::json::object& in, workflow::StepContext& ctx) {
      auto& auth = ctx.resolve<auth::AuthModuleService>();
      const std::string id(in.at("auth_identity_id").as_string());
      const std::string key = std::string(in.at("actor_type").as_string()) + "_id";
      const auto before = auth.retrieveAuthIdentity(id);
      const auto* previous = before.appMetadata.if_contains(key);
      auth.updateAppMetadata(id, {{key, in.at("value")}});
      const boost::json::object undo{{"id", id},
                                     {"key", key},
                                     {"previous", previous ? *previous : nullptr}};
      return workflow::StepResponse{boost::json::object{{"id", id}}, undo};
    },
    [](const boost::json::object& undo, workflow::StepContext& ctx) {
      ctx.resolve<auth::AuthModuleService>().updateAppMetadata(
          undo.at("id").as_string(),
          {{std::string(undo.at("key").as_string()), undo.at("previous")}});
    });

}  // namespace medusa::server::workflows
