// SPDX-License-Identifier: MIT
// The per-request lookups: publishable keys for /store, secret keys for admin Basic auth.
#include "api_key_cache.h"
#include "api_key_tokens.h"
#include "medusa/api_key/api_key_module_service.h"
#include "medusa/core/crypto.h"
#include "medusa/core/error.h"
#include "medusa/core/time.h"
#include "medusa/db/pool.h"

namespace medusa::api_key {

namespace bj = boost::json;

namespace {

// Every api_key column is text or a timestamp PostgreSQL already formatted (checked by the
// constructor), so a row decodes to strings and nulls.
bj::object decodeRow(const framework::EntitySchema& schema, const pqxx::row& row) {
  bj::object object;
  const auto& columns = schema.columns();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto field = row[static_cast<pqxx::row::size_type>(c)];
    if (field.is_null()) {
      object.emplace(columns[c].name, nullptr);
    } else {
      object.emplace(columns[c].name, bj::string_view(field.c_str(), field.size()));
    }
  }
  return object;
}

}  // namespace

ApiKeyModuleService::ApiKeyModuleService(const framework::ModuleContext& context,
                                         std::chrono::milliseconds lookupTtl)
    : ModuleService(context),
      m_query(&context.query()),
      m_schema(&context.entity("api_key")),
      m_cache(std::make_unique<detail::ApiKeyCache>(lookupTtl)) {
  for (const auto& column : m_schema->columns()) {
    using framework::ColumnKind;
    if (column.kind != ColumnKind::Text && column.kind != ColumnKind::Enum &&
        column.kind != ColumnKind::Timestamp) {
      throw Error(ErrorType::InvalidArgument, "api_key." + column.name + " is not text");
    }
  }
  // Both use an index: the unique token index, and the redacted index of live keys. Revocation
  // is checked in C++ so that a cached row still stops matching when its revoked_at passes.
  const auto select = "SELECT " + m_schema->selectAll();
  m_selectByToken = select +
                    " FROM api_key AS t WHERE t.token = $1 AND t.type = 'publishable' AND "
                    "t.deleted_at IS NULL";
  m_selectByRedacted = select +
                       ", t.salt FROM api_key AS t WHERE t.redacted = $1 AND t.type = 'secret' "
                       "AND t.deleted_at IS NULL";
}

std::optional<bj::object> ApiKeyModuleService::lookup(bool secret, std::string_view token,
                                                      db::TxContext* tx) const {
  // Anything else cannot be a key of this kind: no query, nothing cached.
  if (!token.starts_with(secret ? "sk_" : "pk_")) return std::nullopt;
  const auto now = time::now();
  const auto inForce = [&](std::optional<bj::object> row) {
    return row && detail::isActive(*row, now) ? row : std::nullopt;
  };
  // Secret tokens are cached under their digest, never in plain.
  const auto key = secret ? "sk:" + crypto::sha256Hex(token) : "pk:" + std::string(token);
  if (auto hit = m_cache->find(key)) return inForce(std::move(hit->row));
  const auto generation = m_cache->generation();
  auto row = entity("api_key").pool().transact(tx, [&](db::TxContext& t) {
    db::Params params;
    params.add(secret ? detail::redact(token) : std::string(token));
    const auto result =
        m_query->sql().runPrepared(t, secret ? m_selectByRedacted : m_selectByToken, params);
    const auto tokenColumn = static_cast<pqxx::row::size_type>(m_schema->columnIndex("token"));
    const auto saltColumn = static_cast<pqxx::row::size_type>(m_schema->columns().size());
    std::optional<bj::object> found;
    for (const auto& candidate : result) {
      if (secret) {
        const auto hash = detail::hashSecret(token, candidate[saltColumn].c_str());
        if (!crypto::constantTimeEquals(hash, candidate[tokenColumn].c_str())) continue;
      }
      found = decodeRow(*m_schema, candidate);
      detail::omitSecretToken(*found);
      break;
    }
    return found;
  });
  m_cache->store(key, row, generation);
  return inForce(std::move(row));
}

std::optional<bj::object> ApiKeyModuleService::authenticate(std::string_view secretToken,
                                                            db::TxContext* tx) const {
  return lookup(true, secretToken, tx);
}

std::optional<bj::object> ApiKeyModuleService::retrieveByPublishableToken(std::string_view token,
                                                                          db::TxContext* tx) const {
  return lookup(false, token, tx);
}

}  // namespace medusa::api_key
