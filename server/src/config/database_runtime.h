// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "medusa/core/config.h"

namespace medusa::db {
class EmbeddedPostgres;
}

namespace medusa::server {

/// The database the process talks to: DATABASE_URL when set, otherwise the embedded cluster in
/// the data directory, started on demand and stopped when this object goes away (unless it was
/// already running, e.g. started by another medusa-server on the same data directory).
class DatabaseRuntime {
 public:
  explicit DatabaseRuntime(const Config& config);
  ~DatabaseRuntime();
  DatabaseRuntime(const DatabaseRuntime&) = delete;
  DatabaseRuntime& operator=(const DatabaseRuntime&) = delete;

  const std::string& url() const { return m_url; }
  bool isEmbedded() const { return m_embedded != nullptr; }

 private:
  std::unique_ptr<db::EmbeddedPostgres> m_embedded;
  std::string m_url;
};

}  // namespace medusa::server
