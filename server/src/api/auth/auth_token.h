// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "medusa/auth/auth_module_service.h"
#include "medusa/core/config.h"

namespace medusa::api {

/// Medusa's generateJwtToken: HS256 with JWT_SECRET, lifetime jwtExpiresIn, claims actor_id
/// (app_metadata.<actor>_id, "" when not attached yet), actor_type, auth_identity_id,
/// app_metadata.
std::string issueToken(const auth::AuthIdentity& identity, std::string_view actorType,
                       const Config& config);

}  // namespace medusa::api
