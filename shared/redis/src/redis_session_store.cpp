// SPDX-License-Identifier: MIT
#include "medusa/redis/redis_session_store.h"

#include "medusa/core/error.h"
#include "medusa/core/json.h"

namespace medusa::redis {

std::optional<boost::json::object> RedisSessionStore::get(std::string_view sid) {
  const auto reply = m_client->command({"GET", m_prefix + std::string(sid)});
  if (reply.kind != Reply::Kind::String) return std::nullopt;
  try {
    auto value = json::parse(reply.str);
    if (auto* object = value.if_object()) return std::move(*object);
  } catch (const Error&) {
    // A value not written by us is no session.
  }
  return std::nullopt;
}

void RedisSessionStore::set(std::string_view sid, const boost::json::object& session,
                            std::chrono::milliseconds ttl) {
  const auto px = std::to_string(ttl.count() > 0 ? ttl.count() : 1);
  m_client->command({"SET", m_prefix + std::string(sid), json::stringify(session), "PX", px});
}

void RedisSessionStore::destroy(std::string_view sid) {
  m_client->command({"DEL", m_prefix + std::string(sid)});
}

}  // namespace medusa::redis
