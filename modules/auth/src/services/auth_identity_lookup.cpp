// SPDX-License-Identifier: MIT
// Lookups and lifecycle of identities beyond login: which identity belongs to an actor (removing a
// user), soft delete/restore, and the password fingerprint that makes reset tokens single-use.
#include "medusa/auth/auth_module_service.h"
#include "medusa/core/crypto.h"
#include "medusa/db/pool.h"
#include "medusa/db/statement.h"
#include "medusa/db/tx_context.h"

namespace medusa::auth {

namespace bj = boost::json;

namespace {

// app_metadata is free-form JSON: the generic filters do not reach into it.
constexpr db::Statement kIdentityOfActor{
    "auth_identity_of_actor",
    "SELECT id FROM auth_identity WHERE deleted_at IS NULL AND app_metadata ->> $1 = $2 "
    "ORDER BY created_at LIMIT 1"};

}  // namespace

std::optional<AuthIdentity> AuthModuleService::findByActor(std::string_view actorType,
                                                           std::string_view actorId,
                                                           db::TxContext* tx) const {
  const auto& identities = entity("auth_identity");
  return identities.pool().transact(tx, [&](db::TxContext& t) -> std::optional<AuthIdentity> {
    const auto rows =
        t.exec(kIdentityOfActor, std::string(actorType) + "_id", std::string(actorId));
    if (rows.empty()) return std::nullopt;
    return retrieveAuthIdentity(rows.front().front().c_str(), &t);
  });
}

void AuthModuleService::softDeleteAuthIdentities(const std::vector<std::string>& ids,
                                                 db::TxContext* tx) const {
  if (!ids.empty()) entity("auth_identity").softDelete(ids, tx);
}

void AuthModuleService::restoreAuthIdentities(const std::vector<std::string>& ids,
                                              db::TxContext* tx) const {
  if (!ids.empty()) entity("auth_identity").restore(ids, tx);
}

std::optional<std::string> AuthModuleService::passwordFingerprint(std::string_view email,
                                                                  db::TxContext* tx) const {
  if (email.empty()) return std::nullopt;
  const auto rows =
      entity("provider_identity")
          .list(framework::FindOptions{.filters = bj::object{{"entity_id", email},
                                                             {"provider", kEmailPassProvider}},
                                       .fields = {"provider_metadata"}},
                tx);
  if (rows.empty()) return std::nullopt;
  std::string hash;
  if (const auto* meta = rows.front().as_object().if_contains("provider_metadata");
      meta && meta->is_object()) {
    if (const auto* stored = meta->get_object().if_contains("password");
        stored && stored->is_string()) {
      hash = stored->get_string().c_str();
    }
  }
  // Domain-separated, truncated: enough to notice a change, useless to crack the password.
  return crypto::sha256Hex("medusa-reset-fingerprint:" + hash).substr(0, 32);
}

}  // namespace medusa::auth
