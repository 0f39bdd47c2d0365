// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <string>

#include "medusa/auth/auth_module_service.h"
#include "medusa/core/config.h"
#include "medusa/core/error.h"
#include "medusa/core/jwt.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// How long a password reset token is valid (Medusa: 15 minutes).
inline constexpr std::chrono::seconds kResetPasswordTokenLifetime{15 * 60};

/// Signs a reset token {entity_id, provider, actor_type, fingerprint} for an existing login
/// (input {entity_id, provider, actor_type}); Error{NotFound} when there is none. The
/// fingerprint of the current password makes the token single-use. Nothing to compensate.
inline const auto generateResetPasswordTokenStep = workflow::makeStep(
    "generate-reset-password-token-step",
    [](const boost::json::object& in, workflow::StepContext& ctx) {
      const std::string entityId(in.at("entity_id").as_string());
      const std::string provider(in.at("provider").as_string());
      const auto fingerprint =
          provider == auth::kEmailPassProvider
              ? ctx.resolve<auth::AuthModuleService>().passwordFingerprint(entityId)
              : std::nullopt;
      if (!fingerprint) {
        throw Error(ErrorType::NotFound, "Provider identity with entity_id " + entityId +
                                             " and provider " + provider + " not found");
      }
      return jwt::sign({{"entity_id", entityId},
                        {"provider", provider},
                        {"actor_type", in.at("actor_type")},
                        {"fingerprint", *fingerprint}},
                       ctx.resolve<Config>().jwtSecret, kResetPasswordTokenLifetime);
    });

}  // namespace medusa::server::workflows
