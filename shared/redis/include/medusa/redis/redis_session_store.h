// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "medusa/infra/session_store.h"
#include "medusa/redis/client.h"

namespace medusa::redis {

/// Sessions in Redis as connect-redis keeps them: key `sess:<id>`, value the session JSON,
/// expiring after the TTL (PX), refreshed on every set. Sessions survive a server restart.
class RedisSessionStore final : public infra::SessionStore {
 public:
  explicit RedisSessionStore(std::shared_ptr<Client> client, std::string prefix = "sess:")
      : m_client(std::move(client)), m_prefix(std::move(prefix)) {}

  std::optional<boost::json::object> get(std::string_view sid) override;
  void set(std::string_view sid, const boost::json::object& session,
           std::chrono::milliseconds ttl = infra::kSessionTtl) override;
  void destroy(std::string_view sid) override;

 private:
  std::shared_ptr<Client> m_client;
  std::string m_prefix;
};

}  // namespace medusa::redis
