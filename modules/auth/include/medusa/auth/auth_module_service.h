// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::auth {

/// The provider id of e-mail + password logins.
inline constexpr std::string_view kEmailPassProvider = "emailpass";

/// An auth identity as the rest of the server sees it: never the provider's secrets.
struct AuthIdentity {
  std::string id{};
  boost::json::object appMetadata{};
};

/// The auth module's service (Medusa's AuthModuleService with the emailpass provider).
/// Password hashes stay inside this module: no method returns provider_metadata.
class AuthModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// Creates an identity with an emailpass provider identity for `email`. An identity that
  /// already exists for that e-mail: Error{Unauthorized} "Identity with email already exists".
  AuthIdentity registerIdentity(std::string_view email, std::string_view password,
                                db::TxContext* tx = nullptr) const;

  /// The identity whose e-mail and password match. Unknown e-mail and wrong password give the
  /// same Error{Unauthorized} "Invalid email or password" after the same (Argon2id) work.
  AuthIdentity authenticate(std::string_view email, std::string_view password,
                            db::TxContext* tx = nullptr) const;

  /// One identity; Error{NotFound} `Auth identity with id: X was not found`.
  AuthIdentity retrieveAuthIdentity(std::string_view id, db::TxContext* tx = nullptr) const;

  /// Merges `changes` into the identity's app_metadata (a null value removes the key) and
  /// returns the result.
  AuthIdentity updateAppMetadata(std::string_view id, const boost::json::object& changes,
                                 db::TxContext* tx = nullptr) const;

  /// Sets `key` (an actor's `user_id`, `customer_id`) in the identity's app_metadata only when
  /// it holds no value yet, under a row lock, so of two concurrent callers only one attaches an
  /// actor. A value already there: Error{InvalidData} `Key user_id already exists in app
  /// metadata` (Medusa's setAuthAppMetadataStep wording).
  AuthIdentity attachAppMetadataKey(std::string_view id, std::string_view key,
                                    const boost::json::value& value,
                                    db::TxContext* tx = nullptr) const;

  /// Replaces the emailpass password of `email`; Error{Unauthorized} when there is no such
  /// identity.
  void updatePassword(std::string_view email, std::string_view password,
                      db::TxContext* tx = nullptr) const;

  /// Deletes identities for good with their provider identities (compensation of register).
  void deleteAuthIdentities(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// The live identity attached to an actor (`app_metadata.<actorType>_id == actorId`), if any.
  std::optional<AuthIdentity> findByActor(std::string_view actorType, std::string_view actorId,
                                          db::TxContext* tx = nullptr) const;
  /// Soft-deletes identities with their provider identities: the e-mail can register again.
  void softDeleteAuthIdentities(const std::vector<std::string>& ids,
                                db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted identities (compensation of softDeleteAuthIdentities).
  void restoreAuthIdentities(const std::vector<std::string>& ids,
                             db::TxContext* tx = nullptr) const;
  /// A digest of the emailpass password hash of `email` (never the hash itself), nullopt when
  /// there is no such identity. Reset tokens carry it, so changing the password spends them.
  std::optional<std::string> passwordFingerprint(std::string_view email,
                                                 db::TxContext* tx = nullptr) const;
};

}  // namespace medusa::auth
