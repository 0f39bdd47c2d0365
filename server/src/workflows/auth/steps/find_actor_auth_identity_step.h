// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "medusa/auth/auth_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// The identity attached to an actor (input {actor_type, actor_id}) as {id, app_metadata},
/// or null when there is none. Reads only.
inline const auto findActorAuthIdentityStep = workflow::makeStep(
    "query-auth-identity", [](const boost::json::object& in, workflow::StepContext& ctx) {
      const auto identity = ctx.resolve<auth::AuthModuleService>().findByActor(
          in.at("actor_type").as_string(), in.at("actor_id").as_string());
      if (!identity) return boost::json::value(nullptr);
      return boost::json::value(
          boost::json::object{{"id", identity->id}, {"app_metadata", identity->appMetadata}});
    });

}  // namespace medusa::server::workflows
