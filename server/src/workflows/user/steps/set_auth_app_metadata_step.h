// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "medusa/auth/auth_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Writes `<actor_type>_id` into an auth identity's app_metadata (input {auth_identity_id,
/// actor_type, value}); a null value detaches the actor. An identity already attached to an
/// actor of that type is never re-pointed: Error{InvalidData} `Key user_id already exists in
/// app metadata`, checked atomically. Compensation: restores the previous value.
inline const auto setAuthAppMetadataStep = workflow::makeStep(
    "set-auth-app-metadata",
    [](const boost::json::object& in, workflow::StepContext& ctx) {
      auto& auth = ctx.resolve<auth::AuthModuleService>();
      const std::string id(in.at("auth_identity_id").as_string());
      const std::string key = std::string(in.at("actor_type").as_string()) + "_id";
      const auto& value = in.at("value");
      boost::json::value previous = nullptr;
      if (value.is_null()) {
        const auto before = auth.retrieveAuthIdentity(id);
        if (const auto* old = before.appMetadata.if_contains(key)) previous = *old;
        auth.updateAppMetadata(id, {{key, nullptr}});
      } else {
        auth.attachAppMetadataKey(id, key, value);  // there was no value before
      }
      const boost::json::object undo{{"id", id}, {"key", key}, {"previous", previous}};
      return workflow::StepResponse{boost::json::object{{"id", id}}, undo};
    },
    [](const boost::json::object& undo, workflow::StepContext& ctx) {
      ctx.resolve<auth::AuthModuleService>().updateAppMetadata(
          undo.at("id").as_string(),
          {{std::string(undo.at("key").as_string()), undo.at("previous")}});
    });

}  // namespace medusa::server::workflows
