// SPDX-License-Identifier: MIT
#include "medusa/auth/auth_module_service.h"

#include "medusa/core/crypto.h"
#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "medusa/db/statement.h"
#include "medusa/db/tx_context.h"

namespace medusa::auth {

namespace bj = boost::json;

namespace {

constexpr std::string_view kInvalidCredentials = "Invalid email or password";

// Serialises writers of one identity's app_metadata until the transaction ends.
constexpr db::Statement kLockIdentity{"auth_identity_lock",
                                      "SELECT id FROM auth_identity WHERE id = $1 FOR UPDATE"};

AuthIdentity toIdentity(const bj::object& row) {
  AuthIdentity identity{.id = std::string(row.at("id").as_string())};
  if (const auto* meta = row.if_contains("app_metadata"); meta && meta->is_object()) {
    identity.appMetadata = meta->get_object();
  }
  return identity;
}

// Medusa's emailpass provider answers these before looking anything up.
void requireCredentials(std::string_view email, std::string_view password) {
  if (email.empty()) throw Error(ErrorType::Unauthorized, "Email should be a string");
  if (password.empty()) throw Error(ErrorType::Unauthorized, "Password should be a string");
}

framework::FindOptions byEmail(std::string_view email) {
  return framework::FindOptions{
      .filters = bj::object{{"entity_id", email}, {"provider", kEmailPassProvider}},
      .fields = {"id", "auth_identity_id", "provider_metadata"}};
}

}  // namespace

AuthIdentity AuthModuleService::registerIdentity(std::string_view email,
                                                 std::string_view password,
                                                 db::TxContext* tx) const {
  requireCredentials(email, password);
  // Hash outside the transaction: Argon2id is slow on purpose and must not hold a connection.
  const auto hash = crypto::hashPassword(password);
  const auto& identities = entity("auth_identity");
  return identities.pool().transact(tx, [&](db::TxContext& t) {
    if (!entity("provider_identity").repository().list(t, byEmail(email)).empty()) {
      throw Error(ErrorType::Unauthorized, "Identity with email already exists");
    }
    const auto created = identities.repository().create(
        t, bj::object{{"app_metadata", bj::object{}},
                      {"provider_identities",
                       bj::array{bj::object{{"entity_id", email},
                                            {"provider", kEmailPassProvider},
                                            {"provider_metadata",
                                             bj::object{{"password", hash}}}}}}});
    return toIdentity(created);
  });
}

AuthIdentity AuthModuleService::authenticate(std::string_view email, std::string_view password,
                                             db::TxContext* tx) const {
  requireCredentials(email, password);
  const auto rows = entity("provider_identity").list(byEmail(email), tx);
  if (rows.empty()) {
    crypto::burnPasswordVerification(password);
    throw Error(ErrorType::Unauthorized, std::string(kInvalidCredentials));
  }
  const auto& row = rows.front().as_object();
  std::string hash;
  if (const auto* meta = row.if_contains("provider_metadata"); meta && meta->is_object()) {
    if (const auto* stored = meta->get_object().if_contains("password");
        stored && stored->is_string()) {
      hash = stored->get_string().c_str();
    }
  }
  // A malformed or missing hash verifies as false after the same work.
  if (hash.empty()) {
    crypto::burnPasswordVerification(password);
    throw Error(ErrorType::Unauthorized, std::string(kInvalidCredentials));
  }
  if (!crypto::verifyPassword(password, hash)) {
    throw Error(ErrorType::Unauthorized, std::string(kInvalidCredentials));
  }
  return retrieveAuthIdentity(row.at("auth_identity_id").as_string(), tx);
}

AuthIdentity AuthModuleService::retrieveAuthIdentity(std::string_view id,
                                                     db::TxContext* tx) const {
  return toIdentity(entity("auth_identity")
                        .retrieve(id, framework::FindOptions{.fields = {"id", "app_metadata"}},
                                  tx));
}

AuthIdentity AuthModuleService::updateAppMetadata(std::string_view id,
                                                  const bj::object& changes,
                                                  db::TxContext* tx) const {
  const auto& identities = entity("auth_identity");
  return identities.pool().transact(tx, [&](db::TxContext& t) {
    auto current = toIdentity(identities.repository().retrieve(t, id));
    for (const auto& [key, value] : changes) {
      if (value.is_null()) {
        current.appMetadata.erase(key);
      } else {
        current.appMetadata[key] = value;
      }
    }
    identities.repository().update(
        t, bj::array{bj::object{{"id", current.id}, {"app_metadata", current.appMetadata}}});
    return current;
  });
}

AuthIdentity AuthModuleService::attachAppMetadataKey(std::string_view id, std::string_view key,
                                                     const bj::value& value,
                                                     db::TxContext* tx) const {
  const auto& identities = entity("auth_identity");
  return identities.pool().transact(tx, [&](db::TxContext& t) {
    t.exec(kLockIdentity, std::string(id));
    auto current = toIdentity(identities.repository().retrieve(t, id));
    if (const auto* existing = current.appMetadata.if_contains(key);
        existing && !existing->is_null()) {
      throw Error(ErrorType::InvalidData,
                  "Key " + std::string(key) + " already exists in app metadata");
    }
    current.appMetadata[key] = value;
    identities.repository().update(
        t, bj::array{bj::object{{"id", current.id}, {"app_metadata", current.appMetadata}}});
    return current;
  });
}

void AuthModuleService::updatePassword(std::string_view email, std::string_view password,
                                       db::TxContext* tx) const {
  requireCredentials(email, password);
  const auto hash = crypto::hashPassword(password);
  const auto& providers = entity("provider_identity");
  providers.pool().transact(tx, [&](db::TxContext& t) {
    const auto rows = providers.repository().list(t, byEmail(email));
    if (rows.empty()) throw Error(ErrorType::Unauthorized, std::string(kInvalidCredentials));
    providers.repository().update(
        t, bj::array{bj::object{{"id", rows.front().at("id")},
                                {"provider_metadata", bj::object{{"password", hash}}}}});
  });
}

void AuthModuleService::deleteAuthIdentities(const std::vector<std::string>& ids,
                                             db::TxContext* tx) const {
  if (ids.empty()) return;
  entity("auth_identity").remove(ids, tx);
}

}  // namespace medusa::auth
