// SPDX-License-Identifier: MIT
#include "medusa/user/user_module_service.h"

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

void UserModuleService::restoreInvites(const std::vector<std::string>& ids,
                                       db::TxContext* tx) const {
  if (!ids.empty()) entity("invite").restore(ids, tx);
}

void UserModuleService::deleteInvites(const std::vector<std::string>& ids,
                                      db::TxContext* tx) const {
  if (!ids.empty()) entity("invite").remove(ids, tx);
}

}  // namespace medusa::user
