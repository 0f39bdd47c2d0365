// SPDX-License-Identifier: MIT
#include "config/database_runtime.h"

#include <spdlog/spdlog.h>

#include "config/data_dir.h"
#include "medusa/db/embedded_postgres.h"
#include "medusa/db/pool.h"

namespace medusa::server {

DatabaseRuntime::DatabaseRuntime(const Config& config) {
  if (config.databaseUrl.empty()) {
    const auto dataDir = resolveDataDir(config);
    spdlog::info("DATABASE_URL is not set: using the embedded PostgreSQL in {}", dataDir.string());
    m_embedded = std::make_unique<db::EmbeddedPostgres>(db::EmbeddedPostgres::Options{.dataDir = dataDir});
    m_embedded->start();
    m_url = m_embedded->url();
  } else {
    m_url = config.databaseUrl;
  }
  m_pool = std::make_unique<db::Pool>(db::PoolOptions{
      .url = m_url,
      .size = static_cast<std::size_t>(config.dbPoolSize),
      .borrowTimeout = std::chrono::milliseconds(config.dbPoolTimeoutMs),
      .statementTimeout = std::chrono::milliseconds(config.dbStatementTimeoutMs),
      .lockTimeout = std::chrono::milliseconds(config.dbLockTimeoutMs),
      .idleInTransactionTimeout = std::chrono::milliseconds(config.dbIdleInTransactionTimeoutMs)});
}

DatabaseRuntime::~DatabaseRuntime() = default;

}  // namespace medusa::server
