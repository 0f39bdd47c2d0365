// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::user {

/// How invite tokens are made (Medusa's user module options `jwt_secret`, `valid_duration`).
struct InviteTokenSettings {
  std::string jwtSecret{};
  /// Lifetime of an invite and its token; Medusa's default is one day.
  std::chrono::seconds validity{std::chrono::hours(24)};
};

/// The user module's service (Medusa's UserModuleService). Rows are wire-shaped JSON objects.
class UserModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// Creates users ({email, first_name?, last_name?, avatar_url?, metadata?}); a live user
  /// with the same e-mail: Error{InvalidData} `User with email: x, already exists.`
  boost::json::array createUsers(const boost::json::array& data, db::TxContext* tx = nullptr) const;
  /// One user; Error{NotFound} `User with id: X was not found`.
  boost::json::object retrieveUser(std::string_view id, db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id.
  boost::json::array updateUsers(const boost::json::array& data, db::TxContext* tx = nullptr) const;
  /// Soft-deletes users.
  void softDeleteUsers(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes users for good (compensation of createUsers).
  void deleteUsers(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted users (compensation of softDeleteUsers).
  void restoreUsers(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// Creates invites ({email, metadata?}), each with a token (JWT {id} signed with the
  /// settings' secret, random jti) and expires_at = now + validity. A pending invite for the
  /// same e-mail: Error{InvalidData} (`… already exists.`).
  boost::json::array createInvites(const boost::json::array& data,
                                   const InviteTokenSettings& settings,
                                   db::TxContext* tx = nullptr) const;
  /// New tokens and expiry dates for invites; unknown ids: Error{InvalidData}
  /// `The following invites do not exist: a, b`.
  boost::json::array refreshInviteTokens(const std::vector<std::string>& ids,
                                         const InviteTokenSettings& settings,
                                         db::TxContext* tx = nullptr) const;
  /// The invite an invite token names. A token that is not ours: Error{Unauthorized}; an
  /// invite that is gone (accepted or deleted): Error{NotFound}; past expires_at:
  /// Error{InvalidData} `The invite has expired`.
  boost::json::object validateInviteToken(std::string_view token, std::string_view jwtSecret,
                                          db::TxContext* tx = nullptr) const;
  /// Partial updates of invites, each naming its id (compensation of refreshInviteTokens).
  boost::json::array updateInvites(const boost::json::array& data,
                                   db::TxContext* tx = nullptr) const;
  /// Spends a pending invite (soft-deletes it) in one conditional statement, so of concurrent
  /// acceptances of one invite exactly one succeeds; the others, and an invite already gone:
  /// Error{NotAllowed} `The invite has already been accepted`. restoreInvites undoes it.
  void claimInvite(std::string_view id, db::TxContext* tx = nullptr) const;
  /// Soft-deletes invites (accepted or withdrawn); restoreInvites undoes it.
  void softDeleteInvites(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted invites.
  void restoreInvites(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes invites for good.
  void deleteInvites(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
};

}  // namespace medusa::user
