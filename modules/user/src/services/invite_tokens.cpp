// SPDX-License-Identifier: MIT
// Invite tokens as Medusa's user module makes them: a JWT naming the invite id (plus a random
// jti, so a refreshed token never equals the old one), signed with the project's JWT secret and
// expiring together with the invite.
#include <algorithm>

#include "medusa/core/crypto.h"
#include "medusa/core/error.h"
#include "medusa/core/id.h"
#include "medusa/core/jwt.h"
#include "medusa/core/time.h"
#include "medusa/db/pool.h"
#include "medusa/db/tx_context.h"
#include "medusa/user/user_module_service.h"

namespace medusa::user {

namespace bj = boost::json;

namespace {

// The token and expiry of one invite, as an update row.
bj::object freshToken(std::string_view inviteId, const InviteTokenSettings& settings) {
  if (settings.jwtSecret.empty()) {
    throw Error(ErrorType::InvalidData,
                "No jwt_secret was provided in the UserModule's options. Please add one.");
  }
  const auto now = std::chrono::system_clock::now();
  const auto expires = std::chrono::time_point_cast<std::chrono::milliseconds>(now) +
                       std::chrono::duration_cast<std::chrono::milliseconds>(settings.validity);
  auto token = jwt::sign(bj::object{{"id", inviteId}, {"jti", id::randomHex(16)}},
                         settings.jwtSecret, settings.validity, now);
  return {{"id", inviteId}, {"token", std::move(token)}, {"expires_at", time::toIso8601(expires)}};
}

}  // namespace

bj::array UserModuleService::createInvites(const bj::array& data,
                                           const InviteTokenSettings& settings,
                                           db::TxContext* tx) const {
  const auto& invites = entity("invite");
  return invites.pool().transact(tx, [&](db::TxContext& t) {
    // The token names the id, which exists only once the row does: insert, then sign.
    bj::array rows;
    for (const auto& item : data) {
      auto row = item.as_object();
      row["token"] = "placeholder";
      row["expires_at"] = time::toIso8601(time::now());
      rows.push_back(std::move(row));
    }
    const auto created = invites.create(rows, &t);
    bj::array updates;
    for (const auto& invite : created) {
      updates.push_back(freshToken(invite.at("id").as_string(), settings));
    }
    return invites.update(updates, &t);
  });
}

bj::array UserModuleService::refreshInviteTokens(const std::vector<std::string>& ids,
                                                 const InviteTokenSettings& settings,
                                                 db::TxContext* tx) const {
  const auto& invites = entity("invite");
  return invites.pool().transact(tx, [&](db::TxContext& t) {
    bj::array wanted;
    for (const auto& id : ids) wanted.emplace_back(id);
    const auto found =
        invites.list(framework::FindOptions{.filters = {{"id", wanted}}, .fields = {"id"}}, &t);
    std::string missing;
    for (const auto& id : ids) {
      const bool present = std::any_of(found.begin(), found.end(), [&](const bj::value& row) {
        return row.at("id").as_string() == id;
      });
      if (!present) missing += (missing.empty() ? "" : ", ") + id;
    }
    if (!missing.empty()) {
      throw Error(ErrorType::InvalidData, "The following invites do not exist: " + missing);
    }
    bj::array updates;
    for (const auto& id : ids) updates.push_back(freshToken(id, settings));
    return invites.update(updates, &t);
  });
}

bj::object UserModuleService::validateInviteToken(std::string_view token,
                                                  std::string_view jwtSecret,
                                                  db::TxContext* tx) const {
  const auto claims = jwt::verify(token, jwtSecret);
  const auto* id = claims ? claims->if_contains("id") : nullptr;
  if (!id || !id->is_string()) throw Error(ErrorType::Unauthorized, "Invalid invite token");
  auto invite = entity("invite").retrieve(id->get_string(), {}, tx);
  if (time::parse(invite.at("expires_at").as_string()) < time::now()) {
    throw Error(ErrorType::InvalidData, "The invite has expired");
  }
  return invite;
}

}  // namespace medusa::user
