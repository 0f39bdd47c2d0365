// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "medusa/core/error.h"

namespace medusa {

/// Everything the server reads at start. Values come from, in order of precedence: environment
/// variables, then `medusa-config.json` (Medusa's `projectConfig` shape), then the defaults below.
/// The full list of keys with their environment names is in packaging/medusa-config.example.json.
struct Config {
  // projectConfig
  std::string databaseUrl;  // empty: embedded PostgreSQL in dataDir
  std::string redisUrl;     // empty: in-process sessions, events, locks, cache
  std::string workerMode = "shared";  // shared | server | worker
  std::string environment = "development";  // NODE_ENV: development | production | test
  std::string dataDir;  // empty: the platform's per-user data directory
  std::string workflowStore = "memory";  // memory | postgres (durable, recovered after a crash)

  // projectConfig.http
  std::string host = "127.0.0.1";
  int port = 9000;
  std::string storeCors;
  std::string adminCors;
  std::string authCors;
  std::string jwtSecret = "supersecret";
  std::string cookieSecret = "supersecret";
  std::string jwtExpiresIn = "1d";
  // Login brute-force protection (ours; the rules are in server/src/api/auth/login_throttle.h):
  // password attempts per (e-mail, client network) and per client network (IPv4 address or
  // IPv6 /64) per window; per e-mail from networks that never signed in as it, per e-mail
  // window; registrations per client network per window. Past a limit: 429 (0 disables one).
  int loginMaxAttempts = 10;
  int loginMaxAttemptsPerIp = 100;
  int loginWindowSeconds = 15 * 60;
  int loginMaxAttemptsPerEmail = 20;
  int loginEmailWindowSeconds = 60 * 60;
  int registerMaxAttemptsPerIp = 20;

  // projectConfig.server: the listener's threads and limits
  int ioThreads = 0;       // 0: number of cores
  int workerThreads = 0;   // 0: 2 x cores, at least 4
  int queueLimit = 1024;   // requests waiting for a worker before 503
  int maxConnections = 10000;
  int maxHeaderBytes = 16 * 1024;
  int maxBodyBytes = 1024 * 1024;
  int readTimeoutMs = 30'000;   // a request must arrive completely within this
  int idleTimeoutMs = 60'000;   // keep-alive connections idle longer are closed
  // Anonymous GET /store/* answers kept this long (0: off); emptied by any write this
  // process serves, so only other processes' writes wait for it (StoreCacheMiddleware).
  int storeCacheTtlMs = 2'000;
  int shutdownTimeoutMs = 10'000;
  // Resource bounds (issue #12; every limit is listed in SECURITY.md).
  int requestTimeoutMs = 30'000;  // server.requestTimeoutMs: a handler's budget, then 503
  int maxListLimit = 1000;        // http.maxLimit: largest `limit` a list route accepts
  int storeCacheMaxEntries = 4096;                 // http.storeCacheMaxEntries
  int storeCacheMaxBytes = 32 * 1024 * 1024;       // http.storeCacheMaxBytes (all answers)
  int storeCacheMaxEntryBytes = 512 * 1024;        // http.storeCacheMaxEntryBytes (one answer)
  int sessionMaxEntries = 100'000;  // http.sessionMaxEntries: in-process session store only

  // projectConfig.database
  int dbPoolSize = 10;
  int dbPoolTimeoutMs = 5'000;
  // PostgreSQL session settings of every pooled connection (0: no limit).
  int dbStatementTimeoutMs = 10'000;
  int dbLockTimeoutMs = 5'000;
  int dbIdleInTransactionTimeoutMs = 60'000;

  // projectConfig.logging
  std::string logLevel = "info";
  std::string logFormat = "text";  // text | json

  bool isProduction() const { return environment == "production"; }
};

/// Thrown when configuration is invalid; what() lists every problem, one per line.
class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(const std::vector<std::string>& problems);
  const std::vector<std::string>& problems() const { return m_problems; }

 private:
  std::vector<std::string> m_problems;
};

/// Builds and validates the configuration from `env` and the JSON file, if given (a missing
/// file given explicitly is an error). Unknown keys in the file, values of the wrong type,
/// malformed URLs and out-of-range numbers are all reported, together, in a ConfigError.
Config loadConfig(const std::map<std::string, std::string>& env,
                  const std::optional<std::filesystem::path>& file);

/// The process environment as a map (for loadConfig).
std::map<std::string, std::string> processEnvironment();

}  // namespace medusa
