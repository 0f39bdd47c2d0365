// SPDX-License-Identifier: MIT
#include "medusa/user/user_module_service.h"

#include "medusa/core/error.h"

namespace medusa::user {

namespace bj = boost::json;

bj::array UserModuleService::createUsers(const bj::array& data, db::TxContext* tx) const {
  return entity("user").create(data, tx);
}

bj::object UserModuleService::retrieveUser(std::string_view id, db::TxContext* tx) const {
  return entity("user").retrieve(id, {}, tx);
}

bj::array UserModuleService::updateUsers(const bj::array& data, db::TxContext* tx) const {
  return entity("user").update(data, tx);
}

void UserModuleService::softDeleteUsers(const std::vector<std::string>& ids,
                                        db::TxContext* tx) const {
  if (!ids.empty()) entity("user").softDelete(ids, tx);
}

void UserModuleService::deleteUsers(const std::vector<std::string>& ids, db::TxContext* tx) const {
  if (!ids.empty()) entity("user").remove(ids, tx);
}

void UserModuleService::restoreUsers(const std::vector<std::string>& ids, db::TxContext* tx) const {
  if (!ids.empty()) entity("user").restore(ids, tx);
}

bj::array UserModuleService::updateInvites(const bj::array& data, db::TxContext* tx) const {
  return entity("invite").update(data, tx);
}

void UserModuleService::softDeleteInvites(const std::vector<std::string>& ids,
                                          db::TxContext* tx) const {
  if (!ids.empty()) entity("invite").softDelete(ids, tx);
}

void UserModuleService::claimInvite(std::string_view id, db::TxContext* tx) const {
  // UPDATE … WHERE deleted_at IS NULL: a second transaction waits for the first's row lock,
  // then finds the row spent and touches nothing.
  const auto touched = entity("invite").softDelete({std::string(id)}, tx);
  if (const auto it = touched.find("invite"); it == touched.end() || it->second.empty()) {
    throw Error(ErrorType::NotAllowed, "The invite has already been accepted");
  }
}

void UserModuleService::restoreInvites(const std::vector<std::string>& ids,
                                       db::TxContext* tx) const {
  if (!ids.empty()) entity("invite").restore(ids, tx);
}

void UserModuleService::deleteInvites(const std::vector<std::string>& ids,
                                      db::TxContext* tx) const {
  if (!ids.empty()) entity("invite").remove(ids, tx);
}

}  // namespace medusa::user
