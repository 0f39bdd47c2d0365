// SPDX-License-Identifier: MIT
// Creating, updating, revoking and deleting keys (lookups: api_key_authentication.cpp).
#include "medusa/api_key/api_key_module_service.h"

#include <algorithm>

#include "../repositories/api_key_statements.h"
#include "api_key_cache.h"
#include "api_key_tokens.h"
#include "medusa/core/error.h"
#include "medusa/core/time.h"
#include "medusa/db/pool.h"

namespace medusa::api_key {

namespace bj = boost::json;

namespace {

// Keys in force now: never revoked, or revoked with a date still ahead.
bj::array activeOnly() {
  return bj::array{bj::object{{"revoked_at", nullptr}},
                   bj::object{{"revoked_at", bj::object{{"$gt", time::toIso8601(time::now())}}}}};
}

bj::array idsOf(const bj::array& rows) {
  bj::array ids;
  for (const auto& row : rows) ids.push_back(row.at("id"));
  return ids;
}

bj::array shown(bj::array rows) {
  for (auto& row : rows) detail::omitSecretToken(row.as_object());
  return rows;
}

bool isSecret(const bj::value& item) {
  const auto* object = item.if_object();
  const auto* type = object ? object->if_contains("type") : nullptr;
  return type && type->is_string() && type->get_string() == "secret";
}

}  // namespace

ApiKeyModuleService::~ApiKeyModuleService() = default;

bj::array ApiKeyModuleService::createApiKeys(const bj::array& data, db::TxContext* tx) const {
  const auto& keys = entity("api_key");
  auto created = keys.pool().transact(tx, [&](db::TxContext& t) {
    const auto secrets = std::count_if(data.begin(), data.end(), isSecret);
    if (secrets > 1) {
      throw Error(ErrorType::InvalidData,
                  "You can only create one secret key at a time. You tried to create " +
                      std::to_string(secrets) + " secret keys.");
    }
    if (secrets == 1) {
      t.exec(detail::kLockSecretKeys);
      const bj::object active{{"type", "secret"}, {"$or", activeOnly()}};
      if (!keys.list({.filters = active}, &t).empty()) {
        throw Error(ErrorType::InvalidData,
                    "You can only have one active secret key a time. Revoke or delete your "
                    "existing key before creating a new one.");
      }
    }
    bj::array rows;
    std::vector<detail::GeneratedToken> tokens;
    for (const auto& item : data) {
      if (!item.is_object()) throw Error(ErrorType::InvalidData, "Each api_key must be an object");
      auto row = item.get_object();
      tokens.push_back(detail::generateToken(isSecret(item)));
      row["token"] = tokens.back().stored;
      row["redacted"] = tokens.back().redacted;
      rows.push_back(std::move(row));
    }
    auto out = keys.create(rows, &t);
    for (std::size_t i = 0; i < out.size(); ++i) {
      auto& row = out[i].as_object();
      if (!tokens[i].salt.empty()) {
        t.exec(detail::kSetSalt, std::string(row.at("id").as_string()), tokens[i].salt);
      }
      row["token"] = tokens[i].raw;  // the only time the plain token leaves the module
    }
    return out;
  });
  m_cache->clear();
  return created;
}

bj::object ApiKeyModuleService::retrieveApiKey(std::string_view id, db::TxContext* tx) const {
  auto row = entity("api_key").retrieve(id, {}, tx);
  detail::omitSecretToken(row);
  return row;
}

bj::array ApiKeyModuleService::listApiKeys(const bj::object& filters, db::TxContext* tx) const {
  return shown(entity("api_key").list({.filters = filters}, tx));
}

bj::array ApiKeyModuleService::updateApiKeys(const bj::array& data, db::TxContext* tx) const {
  bj::array rows;
  for (const auto& item : data) {
    const auto* object = item.if_object();
    if (!object || !object->contains("id")) {
      throw Error(ErrorType::InvalidData, "Each api_key to update needs its id");
    }
    bj::object row{{"id", object->at("id")}};
    if (const auto* title = object->if_contains("title")) row["title"] = *title;
    rows.push_back(std::move(row));
  }
  auto updated = entity("api_key").update(rows, tx);
  m_cache->clear();
  return shown(std::move(updated));
}

bj::array ApiKeyModuleService::revoke(const RevokeApiKeys& input, db::TxContext* tx) const {
  if (input.ids.empty()) return {};
  if (input.revokedBy.empty()) {
    throw Error(ErrorType::InvalidData, "You must provide a revoked_by field when revoking a key.");
  }
  const auto& keys = entity("api_key");
  auto revoked = keys.pool().transact(tx, [&](db::TxContext& t) {
    const bj::object alreadyRevoked{{"id", bj::array(input.ids.begin(), input.ids.end())},
                                    {"type", "secret"},
                                    {"revoked_at", bj::object{{"$ne", nullptr}}}};
    if (const auto found = keys.list({.filters = alreadyRevoked}, &t); !found.empty()) {
      throw Error(ErrorType::InvalidData, "There are " + std::to_string(found.size()) +
                                              " secret keys that are already revoked.");
    }
    auto at = time::now();
    if (input.revokeIn && *input.revokeIn > 0) at += std::chrono::seconds(*input.revokeIn);
    bj::array rows;
    for (const auto& id : input.ids) {
      rows.push_back(bj::object{
          {"id", id}, {"revoked_at", time::toIso8601(at)}, {"revoked_by", input.revokedBy}});
    }
    return keys.update(rows, &t);
  });
  m_cache->clear();
  return shown(std::move(revoked));
}

void ApiKeyModuleService::requireRevoked(const std::vector<std::string>& ids,
                                         db::TxContext& tx) const {
  const bj::object unrevoked{{"id", bj::array(ids.begin(), ids.end())}, {"$or", activeOnly()}};
  const auto found = entity("api_key").list({.filters = unrevoked}, &tx);
  if (found.empty()) return;
  std::string names;
  for (const auto& id : idsOf(found)) {
    names += (names.empty() ? "" : ", ") + std::string(id.as_string());
  }
  throw Error(ErrorType::NotAllowed, "Cannot delete api keys that are not revoked - " + names);
}

void ApiKeyModuleService::softDeleteApiKeys(const std::vector<std::string>& ids,
                                            db::TxContext* tx) const {
  if (ids.empty()) return;
  const auto& keys = entity("api_key");
  keys.pool().transact(tx, [&](db::TxContext& t) {
    requireRevoked(ids, t);
    keys.softDelete(ids, &t);
  });
  m_cache->clear();
}

void ApiKeyModuleService::restoreApiKeys(const std::vector<std::string>& ids,
                                         db::TxContext* tx) const {
  if (ids.empty()) return;
  entity("api_key").restore(ids, tx);
  m_cache->clear();
}

void ApiKeyModuleService::deleteApiKeys(const std::vector<std::string>& ids,
                                        db::TxContext* tx) const {
  if (ids.empty()) return;
  const auto& keys = entity("api_key");
  keys.pool().transact(tx, [&](db::TxContext& t) {
    requireRevoked(ids, t);
    keys.remove(ids, &t);
  });
  m_cache->clear();
}

void ApiKeyModuleService::deleteCreatedApiKeys(const std::vector<std::string>& ids,
                                               db::TxContext* tx) const {
  if (ids.empty()) return;
  entity("api_key").remove(ids, tx);
  m_cache->clear();
}

}  // namespace medusa::api_key
