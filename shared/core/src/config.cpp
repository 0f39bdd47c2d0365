// SPDX-License-Identifier: MIT
#include "medusa/core/config.h"

#include <boost/json/parse.hpp>
#include <boost/url/parse.hpp>
#include <charconv>
#include <fstream>
#include <functional>
#include <variant>
#include <sstream>

extern char** environ;

namespace medusa {

namespace {

enum class Kind { String, Url, Int, Enum };

// One configuration setting: where it is read from and how it is checked.
struct Setting {
  const char* env;   // environment variable
  const char* path;  // dotted key in medusa-config.json
  Kind kind;
  std::variant<std::string Config::*, int Config::*> member;
  std::vector<std::string> schemes = {};  // Url: accepted schemes; Enum: accepted values
  int min = 0;
  int max = 0;
};

const std::vector<Setting>& settings() {
  static const std::vector<Setting> list = {
      {"DATABASE_URL", "projectConfig.databaseUrl", Kind::Url, &Config::databaseUrl,
       {"postgres", "postgresql"}},
      {"REDIS_URL", "projectConfig.redisUrl", Kind::Url, &Config::redisUrl, {"redis"}},
      {"MEDUSA_WORKER_MODE", "projectConfig.workerMode", Kind::Enum, &Config::workerMode,
       {"shared", "server", "worker"}},
      {"NODE_ENV", "projectConfig.environment", Kind::Enum, &Config::environment,
       {"development", "production", "test"}},
      {"MEDUSA_DATA_DIR", "projectConfig.dataDir", Kind::String, &Config::dataDir},
      {"MEDUSA_WORKFLOW_STORE", "projectConfig.workflowStore", Kind::Enum, &Config::workflowStore,
       {"memory", "postgres"}},
      {"HOST", "projectConfig.http.host", Kind::String, &Config::host},
      {"PORT", "projectConfig.http.port", Kind::Int, &Config::port, {}, 0, 65535},
      {"STORE_CORS", "projectConfig.http.storeCors", Kind::String, &Config::storeCors},
      {"ADMIN_CORS", "projectConfig.http.adminCors", Kind::String, &Config::adminCors},
      {"AUTH_CORS", "projectConfig.http.authCors", Kind::String, &Config::authCors},
      {"JWT_SECRET", "projectConfig.http.jwtSecret", Kind::String, &Config::jwtSecret},
      {"COOKIE_SECRET", "projectConfig.http.cookieSecret", Kind::String, &Config::cookieSecret},
      {"JWT_EXPIRES_IN", "projectConfig.http.jwtExpiresIn", Kind::String, &Config::jwtExpiresIn},
      {"MEDUSA_LOGIN_MAX_ATTEMPTS", "projectConfig.http.loginMaxAttempts", Kind::Int,
       &Config::loginMaxAttempts, {}, 0, 1'000'000},
      {"MEDUSA_LOGIN_MAX_ATTEMPTS_PER_IP", "projectConfig.http.loginMaxAttemptsPerIp", Kind::Int,
       &Config::loginMaxAttemptsPerIp, {}, 0, 1'000'000},
      {"MEDUSA_LOGIN_WINDOW_SECONDS", "projectConfig.http.loginWindowSeconds", Kind::Int,
       &Config::loginWindowSeconds, {}, 1, 7 * 24 * 3600},
      {"MEDUSA_LOGIN_MAX_ATTEMPTS_PER_EMAIL", "projectConfig.http.loginMaxAttemptsPerEmail",
       Kind::Int, &Config::loginMaxAttemptsPerEmail, {}, 0, 1'000'000},
      {"MEDUSA_LOGIN_EMAIL_WINDOW_SECONDS", "projectConfig.http.loginEmailWindowSeconds",
       Kind::Int, &Config::loginEmailWindowSeconds, {}, 1, 7 * 24 * 3600},
      {"MEDUSA_REGISTER_MAX_ATTEMPTS_PER_IP", "projectConfig.http.registerMaxAttemptsPerIp",
       Kind::Int, &Config::registerMaxAttemptsPerIp, {}, 0, 1'000'000},
      {"MEDUSA_IO_THREADS", "projectConfig.server.ioThreads", Kind::Int, &Config::ioThreads, {},
       0, 256},
      {"MEDUSA_WORKER_THREADS", "projectConfig.server.workerThreads", Kind::Int,
       &Config::workerThreads, {}, 0, 1024},
      {"MEDUSA_QUEUE_LIMIT", "projectConfig.server.queueLimit", Kind::Int, &Config::queueLimit, {},
       1, 1'000'000},
      {"MEDUSA_MAX_CONNECTIONS", "projectConfig.server.maxConnections", Kind::Int,
       &Config::maxConnections, {}, 1, 1'000'000},
      {"MEDUSA_MAX_HEADER_BYTES", "projectConfig.server.maxHeaderBytes", Kind::Int,
       &Config::maxHeaderBytes, {}, 1024, 1024 * 1024},
      {"MEDUSA_MAX_BODY_BYTES", "projectConfig.server.maxBodyBytes", Kind::Int,
       &Config::maxBodyBytes, {}, 1024, 1024 * 1024 * 1024},
      {"MEDUSA_READ_TIMEOUT_MS", "projectConfig.server.readTimeoutMs", Kind::Int,
       &Config::readTimeoutMs, {}, 100, 3'600'000},
      {"MEDUSA_IDLE_TIMEOUT_MS", "projectConfig.server.idleTimeoutMs", Kind::Int,
       &Config::idleTimeoutMs, {}, 100, 3'600'000},
      {"MEDUSA_STORE_CACHE_TTL_MS", "projectConfig.http.storeCacheTtlMs", Kind::Int,
       &Config::storeCacheTtlMs, {}, 0, 3'600'000},
      {"MEDUSA_SHUTDOWN_TIMEOUT_MS", "projectConfig.server.shutdownTimeoutMs", Kind::Int,
       &Config::shutdownTimeoutMs, {}, 0, 3'600'000},
      // Resource bounds (issue #12).
      {"MEDUSA_REQUEST_TIMEOUT_MS", "projectConfig.server.requestTimeoutMs", Kind::Int,
       &Config::requestTimeoutMs, {}, 100, 3'600'000},
      {"MEDUSA_MAX_LIMIT", "projectConfig.http.maxLimit", Kind::Int, &Config::maxListLimit, {}, 1,
       1'000'000},
      {"MEDUSA_STORE_CACHE_MAX_ENTRIES", "projectConfig.http.storeCacheMaxEntries", Kind::Int,
       &Config::storeCacheMaxEntries, {}, 0, 1'000'000},
      {"MEDUSA_STORE_CACHE_MAX_BYTES", "projectConfig.http.storeCacheMaxBytes", Kind::Int,
       &Config::storeCacheMaxBytes, {}, 0, 1024 * 1024 * 1024},
      {"MEDUSA_STORE_CACHE_MAX_ENTRY_BYTES", "projectConfig.http.storeCacheMaxEntryBytes",
       Kind::Int, &Config::storeCacheMaxEntryBytes, {}, 0, 64 * 1024 * 1024},
      {"MEDUSA_SESSION_MAX_ENTRIES", "projectConfig.http.sessionMaxEntries", Kind::Int,
       &Config::sessionMaxEntries, {}, 1, 100'000'000},
      {"MEDUSA_DB_POOL_SIZE", "projectConfig.database.poolSize", Kind::Int, &Config::dbPoolSize, {},
       1, 1000},
      {"MEDUSA_DB_POOL_TIMEOUT_MS", "projectConfig.database.poolTimeoutMs", Kind::Int,
       &Config::dbPoolTimeoutMs, {}, 1, 600'000},
      {"MEDUSA_DB_STATEMENT_TIMEOUT_MS", "projectConfig.database.statementTimeoutMs", Kind::Int,
       &Config::dbStatementTimeoutMs, {}, 0, 3'600'000},
      {"MEDUSA_DB_LOCK_TIMEOUT_MS", "projectConfig.database.lockTimeoutMs", Kind::Int,
       &Config::dbLockTimeoutMs, {}, 0, 3'600'000},
      {"MEDUSA_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS",
       "projectConfig.database.idleInTransactionTimeoutMs", Kind::Int,
       &Config::dbIdleInTransactionTimeoutMs, {}, 0, 3'600'000},
      {"LOG_LEVEL", "projectConfig.logging.level", Kind::Enum, &Config::logLevel,
       {"trace", "debug", "info", "warn", "error", "critical", "off"}},
      {"LOG_FORMAT", "projectConfig.logging.format", Kind::Enum, &Config::logFormat,
       {"text", "json"}},
  };
  return list;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Checks and stores one raw value; problems are named after `source` (env var or file key).
void apply(Config& config, const Setting& s, const std::string& raw, const std::string& source,
           std::vector<std::string>& problems) {
  switch (s.kind) {
    case Kind::Int: {
      int v = 0;
      auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
      if (raw.empty() || ec != std::errc() || ptr != raw.data() + raw.size() || v < s.min ||
          v > s.max) {
        problems.push_back(source + ": expected a whole number from " + std::to_string(s.min) +
                           " to " + std::to_string(s.max) + ", got '" + raw + "'");
        return;
      }
      config.*std::get<int Config::*>(s.member) = v;
      return;
    }
    case Kind::Url: {
      if (raw.empty()) break;
      auto url = boost::urls::parse_absolute_uri(raw);
      const bool schemeOk =
          url && std::find(s.schemes.begin(), s.schemes.end(), std::string(url->scheme())) !=
                     s.schemes.end();
      if (!schemeOk) {
        // Never echo the value: URLs carry passwords.
        problems.push_back(source + ": not a valid URL (expected " + joined(s.schemes) +
                           "://user:password@host:port/name)");
        return;
      }
      break;
    }
    case Kind::Enum:
      if (std::find(s.schemes.begin(), s.schemes.end(), raw) == s.schemes.end()) {
        problems.push_back(source + ": expected one of " + joined(s.schemes) + ", got '" + raw +
                           "'");
        return;
      }
      break;
    case Kind::String: break;
  }
  config.*std::get<std::string Config::*>(s.member) = raw;
}

// Flattens the JSON file into "a.b.c" -> scalar text, reporting unknown keys and bad types.
void readFile(const std::filesystem::path& file, Config& config,
              std::vector<std::string>& problems) {
  std::ifstream in(file);
  if (!in) {
    problems.push_back(file.string() + ": cannot be read");
    return;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  boost::system::error_code ec;
  const auto root = boost::json::parse(buffer.str(), ec);
  if (ec || !root.is_object()) {
    problems.push_back(file.string() + ": not a JSON object (" +
                       (ec ? ec.message() : std::string("wrong type")) + ")");
    return;
  }
  std::function<void(const boost::json::object&, const std::string&)> walk =
      [&](const boost::json::object& obj, const std::string& prefix) {
        for (const auto& kv : obj) {
          const std::string key = prefix + std::string(kv.key());
          const auto it = std::find_if(settings().begin(), settings().end(),
                                       [&](const Setting& s) { return key == s.path; });
          if (it == settings().end()) {
            const bool isSection = kv.value().is_object() &&
                std::any_of(settings().begin(), settings().end(), [&](const Setting& s) {
                  return std::string_view(s.path).starts_with(key + ".");
                });
            if (isSection) {
              walk(kv.value().get_object(), key + ".");
            } else {
              problems.push_back(file.string() + ": unknown key '" + key + "'");
            }
            continue;
          }
          const auto& v = kv.value();
          std::string raw;
          if (v.is_string()) {
            raw = std::string(v.get_string());
          } else if (v.is_int64() && it->kind == Kind::Int) {
            raw = std::to_string(v.get_int64());
          } else {
            problems.push_back(file.string() + ": '" + key + "' must be a " +
                               (it->kind == Kind::Int ? "number" : "string"));
            continue;
          }
          apply(config, *it, raw, file.string() + ": '" + key + "'", problems);
        }
      };
  walk(root.get_object(), "");
}

}  // namespace

ConfigError::ConfigError(const std::vector<std::string>& problems)
    : std::runtime_error("invalid configuration:\n  " + [&] {
        std::string s;
        for (const auto& p : problems) s += (s.empty() ? "" : "\n  ") + p;
        return s;
      }()),
      m_problems(problems) {}

Config loadConfig(const std::map<std::string, std::string>& env,
                  const std::optional<std::filesystem::path>& file) {
  Config config;
  std::vector<std::string> problems;
  if (file) readFile(*file, config, problems);
  for (const auto& s : settings()) {
    if (auto it = env.find(s.env); it != env.end()) apply(config, s, it->second, s.env, problems);
  }
  if (!problems.empty()) throw ConfigError(problems);
  return config;
}

std::map<std::string, std::string> processEnvironment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    const auto eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    env.emplace(std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1)));
  }
  return env;
}

}  // namespace medusa
