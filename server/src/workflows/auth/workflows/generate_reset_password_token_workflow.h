// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/auth/steps/generate_reset_password_token_step.h"

namespace medusa::server::workflows {

/// Makes a password reset token for a login (input {entity_id, actor_type, provider,
/// metadata?}) and emits `auth.password_reset` {entity_id, actor_type, token, metadata}, which a
/// notification subscriber delivers. Returns the token.
inline const auto generateResetPasswordTokenWorkflow = workflow::makeWorkflow(
    "generate-reset-password-token", [](const boost::json::object& in, workflow::Flow& flow) {
      const auto token = flow.run(generateResetPasswordTokenStep,
                                  boost::json::object{{"entity_id", in.at("entity_id")},
                                                      {"provider", in.at("provider")},
                                                      {"actor_type", in.at("actor_type")}});
      const auto* metadata = in.if_contains("metadata");
      flow.run(workflow::emitEventStep,
               {"auth.password_reset",
                boost::json::object{{"entity_id", in.at("entity_id")},
                                    {"actor_type", in.at("actor_type")},
                                    {"token", token},
                                    {"metadata", metadata && metadata->is_object()
                                                     ? *metadata
                                                     : boost::json::value(boost::json::object{})}},
                {}});
      return token;
    });

}  // namespace medusa::server::workflows
