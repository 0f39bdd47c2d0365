// SPDX-License-Identifier: MIT
#include "config/database_runtime.h"

#include <spdlog/spdlog.h>

#include "config/data_dir.h"
#include "medusa/db/embedded_postgres.h"

namespace medusa::server {

DatabaseRuntime::DatabaseRuntime(const Config& config) {
  if (!config.databaseUrl.empty()) {
    m_url = config.databaseUrl;
    return;
  }
  const auto dataDir = resolveDataDir(config);
  spdlog::info("DATABASE_URL is not set: using the embedded PostgreSQL in {}", dataDir.string());
  m_embedded = std::make_unique<db::EmbeddedPostgres>(db::EmbeddedPostgres::Options{dataDir});
  m_embedded->start();
  m_url = m_embedded->url();
}

DatabaseRuntime::~DatabaseRuntime() = default;

}  // namespace medusa::server
