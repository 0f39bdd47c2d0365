// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "medusa/core/config.h"

namespace medusa::db {
class EmbeddedPostgres;
class Pool;
}

namespace medusa::server {

/// The database the process talks to: DATABASE_URL when set, otherwise the embedded cluster in
/// the data directory, started on demand and stopped when this object goes away (unless it was
/// already running, e.g. started by another medusa-server on the same data directory), and the
/// connection pool over it (sized by dbPoolSize, dbPoolTimeoutMs).
class DatabaseRuntime {
 public:
  explicit DatabaseRuntime(const Config& config);
  ~DatabaseRuntime();
  DatabaseRuntime(const DatabaseRuntime&) = delete;
  DatabaseRuntime& operator=(const DatabaseRuntime&) = delete;

  const std::string& url() const { return m_url; }
  bool isEmbedded() const { return m_embedded != nullptr; }
  db::Pool& pool() { return *m_pool; }

 private:
  std::unique_ptr<db::EmbeddedPostgres> m_embedded;  // declared first: stops last
  std::string m_url;
  std::unique_ptr<db::Pool> m_pool;
};

}  // namespace medusa::server
