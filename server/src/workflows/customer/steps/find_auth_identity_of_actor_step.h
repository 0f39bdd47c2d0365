// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "medusa/auth/auth_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// The auth identity attached to an actor ({actor_type, actor_id}) as `{id}`, or null when
/// there is none (Medusa reads it with a remote query on app_metadata). Reads only.
inline const auto findAuthIdentityOfActorStep = workflow::makeStep(
    "find-auth-identity-of-actor",
    [](const boost::json::object& in, workflow::StepContext& ctx) -> boost::json::value {
      const auto identity = ctx.resolve<auth::AuthModuleService>().findByActor(
          in.at("actor_type").as_string(), in.at("actor_id").as_string());
      if (!identity) return nullptr;
      return boost::json::object{{"id", identity->id}};
    });

}  // namespace medusa::server::workflows
