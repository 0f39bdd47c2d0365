// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::api_key {

namespace detail {
class ApiKeyCache;
}

/// What revoke() takes (POST /admin/api-keys/{id}/revoke).
struct RevokeApiKeys {
  std::vector<std::string> ids{};
  std::string revokedBy{};                 ///< the acting user's id (required)
  std::optional<std::int64_t> revokeIn{};  ///< seconds from now; none or ≤ 0: now
};

/// The API key module's service (Medusa's ApiKeyModuleService). Rows are wire-shaped JSON
/// objects; the `salt` is never part of them.
///
/// Lookups (authenticate, retrieveByPublishableToken) run on every /store and every Basic-auth
/// /admin request: each is one indexed statement, and results (also misses) are kept in an
/// in-process cache for `lookupTtl`. Revoking, updating or deleting a key through this service
/// clears that cache; another process sees the change within `lookupTtl`. A key revoked in the
/// future stops matching when that moment passes, cached or not.
class ApiKeyModuleService : public framework::ModuleService {
 public:
  /// How long a lookup result is reused.
  static constexpr std::chrono::milliseconds kDefaultLookupTtl{2'000};

  explicit ApiKeyModuleService(const framework::ModuleContext& context,
                               std::chrono::milliseconds lookupTtl = kDefaultLookupTtl);
  ~ApiKeyModuleService() override;

  /// Creates keys ({title, type: publishable|secret, created_by}). The result carries the plain
  /// `token`, the only time a secret key is ever shown. At most one secret key per call and
  /// none while another is active: Error{InvalidData} with Medusa's messages.
  boost::json::array createApiKeys(const boost::json::array& data,
                                   db::TxContext* tx = nullptr) const;
  /// One key as Medusa's service shows it (`token` empty for secret keys);
  /// Error{NotFound} `Api key with id: X was not found`.
  boost::json::object retrieveApiKey(std::string_view id, db::TxContext* tx = nullptr) const;
  /// Keys matching the filters (Query filter syntax), shown as retrieveApiKey does.
  boost::json::array listApiKeys(const boost::json::object& filters = {},
                                 db::TxContext* tx = nullptr) const;
  /// Updates titles ([{id, title}]); other keys of the input are ignored, as in Medusa.
  boost::json::array updateApiKeys(const boost::json::array& data,
                                   db::TxContext* tx = nullptr) const;
  /// Revokes keys now or `revokeIn` seconds from now. Missing revoked_by, or a secret key that
  /// is already revoked: Error{InvalidData}.
  boost::json::array revoke(const RevokeApiKeys& input, db::TxContext* tx = nullptr) const;

  /// Soft-deletes keys; keys not revoked yet (revoked_at null or in the future):
  /// Error{NotAllowed} `Cannot delete api keys that are not revoked - id1, id2`.
  void softDeleteApiKeys(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted keys (compensation of softDeleteApiKeys).
  void restoreApiKeys(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes keys for good, with the same revocation rule as softDeleteApiKeys.
  void deleteApiKeys(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes keys for good without the revocation rule: the compensation of createApiKeys,
  /// whose keys are live by definition.
  void deleteCreatedApiKeys(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// The live secret key whose token this is (compared in constant time), or nothing when the
  /// token is unknown, revoked or not a secret key.
  std::optional<boost::json::object> authenticate(std::string_view secretToken,
                                                  db::TxContext* tx = nullptr) const;
  /// The live publishable key with this token, or nothing when unknown or revoked.
  std::optional<boost::json::object> retrieveByPublishableToken(std::string_view token,
                                                                db::TxContext* tx = nullptr) const;

 private:
  void requireRevoked(const std::vector<std::string>& ids, db::TxContext& tx) const;
  std::optional<boost::json::object> lookup(bool secret, std::string_view token,
                                            db::TxContext* tx) const;

  const framework::QueryEngine* m_query;
  const framework::EntitySchema* m_schema;
  std::string m_selectByToken;
  std::string m_selectByRedacted;
  std::unique_ptr<detail::ApiKeyCache> m_cache;
};

}  // namespace medusa::api_key
