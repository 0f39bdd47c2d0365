// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace medusa::db {

/// A private PostgreSQL cluster owned by this program: the server's embedded default (Unix
/// socket only) and the test fixture's database (loopback TCP port). When the process runs as
/// root the cluster is owned by and run as the `postgres` user, as PostgreSQL requires.
class EmbeddedPostgres {
 public:
  struct Options {
    std::filesystem::path dataDir{};  // the cluster is created in dataDir/pgdata
    std::filesystem::path binDir{};   // initdb/pg_ctl; empty: findBinDir()
    int port = 0;                   // 0: no TCP, Unix socket only (port 5432 names the socket)
    bool fast = false;              // fsync=off and friends: for tests only
    std::string database = "medusa";
    std::string user = "medusa";  // the cluster's superuser
  };

  explicit EmbeddedPostgres(Options options);
  /// Stops the cluster if this object started it.
  ~EmbeddedPostgres();
  EmbeddedPostgres(const EmbeddedPostgres&) = delete;
  EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

  /// Where initdb and pg_ctl are: next to `exeDir` (installers bundle them), then
  /// `pg_config --bindir`, then /usr/lib/postgresql/<highest>/bin. Throws Error{UnexpectedState}
  /// naming what to install when none has them.
  static std::filesystem::path findBinDir(const std::filesystem::path& exeDir);

  /// Runs initdb unless the cluster exists, then starts it (waiting until it accepts
  /// connections) unless it already runs, and creates the database if missing. Idempotent.
  void start();
  /// Stops the cluster (fast shutdown) if it runs.
  void stop();
  void restart();
  bool isRunning() const;
  /// Leaves the cluster running when this object goes away.
  void detach() { m_startedHere = false; }

  /// libpq URL of the database: TCP when a port is set, else the socket directory.
  std::string url() const;
  /// URL of another database in the same cluster.
  std::string urlFor(const std::string& database) const;
  const std::filesystem::path& pgdata() const { return m_pgdata; }
  std::filesystem::path logFile() const { return m_options.dataDir / "postgres.log"; }

 private:
  void initialize();
  void writeSettings();
  int pgCtl(const std::vector<std::string>& args) const;
  void createDatabase();

  Options m_options;
  std::filesystem::path m_pgdata;
  bool m_startedHere = false;
};

}  // namespace medusa::db
