// SPDX-License-Identifier: MIT
#include "api/auth/auth_token.h"

#include "medusa/core/error.h"
#include "medusa/core/jwt.h"

namespace medusa::api {

std::string issueToken(const auth::AuthIdentity& identity, std::string_view actorType,
                       const Config& config) {
  const auto lifetime = jwt::parseLifetime(config.jwtExpiresIn);
  if (!lifetime) throw Error(ErrorType::InvalidArgument, "jwtExpiresIn is not a valid duration");
  std::string actorId;
  const auto key = std::string(actorType) + "_id";
  if (const auto* id = identity.appMetadata.if_contains(key); id && id->is_string()) {
    actorId = id->get_string();
  }
  boost::json::object claims{{"actor_id", actorId},
                             {"actor_type", actorType},
                             {"auth_identity_id", identity.id},
                             {"app_metadata", identity.appMetadata}};
  return jwt::sign(std::move(claims), config.jwtSecret, *lifetime);
}

}  // namespace medusa::api
