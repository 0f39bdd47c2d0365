// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::user {

/// The user module's service (Medusa's UserModuleService). Rows are wire-shaped JSON objects.
class UserModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// Creates users ({email, first_name?, last_name?, avatar_url?, metadata?}); a live user
  /// with the same e-mail: Error{DuplicateError} `User with email x already exists.`
  boost::json::array createUsers(const boost::json::array& data,
                                 db::TxContext* tx = nullptr) const;
  /// One user; Error{NotFound} `User with id: X was not found`.
  boost::json::object retrieveUser(std::string_view id, db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id.
  boost::json::array updateUsers(const boost::json::array& data,
                                 db::TxContext* tx = nullptr) const;
  /// Soft-deletes users.
  void softDeleteUsers(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes users for good (compensation of createUsers).
  void deleteUsers(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// Creates invites ({email, token, expires_at, metadata?}).
  boost::json::array createInvites(const boost::json::array& data,
                                   db::TxContext* tx = nullptr) const;
  /// Deletes invites for good.
  void deleteInvites(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
};

}  // namespace medusa::user
