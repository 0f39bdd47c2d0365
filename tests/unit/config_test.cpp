// SPDX-License-Identifier: MIT
// Configuration: environment, medusa-config.json, validation messages.
#include "medusa/core/config.h"

#include <QtTest>
#include <fstream>

#include "medusa/core/secret_policy.h"

using medusa::Config;
using medusa::ConfigError;

namespace {

std::filesystem::path writeFile(const QTemporaryDir& dir, const std::string& text) {
  const auto path = std::filesystem::path(dir.path().toStdString()) / "medusa-config.json";
  std::ofstream(path) << text;
  return path;
}

// Runs loadConfig and returns the problems it reports (empty when it succeeds).
std::vector<std::string> problemsOf(const std::map<std::string, std::string>& env,
                                    const std::optional<std::filesystem::path>& file = {}) {
  try {
    medusa::loadConfig(env, file);
    return {};
  } catch (const ConfigError& e) {
    return e.problems();
  }
}

bool mentions(const std::vector<std::string>& problems, const std::string& text) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

}  // namespace

class ConfigTest : public QObject {
  Q_OBJECT

 private slots:
  void hasSafeDefaults() {
    const Config c = medusa::loadConfig({}, std::nullopt);
    QCOMPARE(c.port, 9000);
    QVERIFY(c.databaseUrl.empty());
    QCOMPARE(c.maxHeaderBytes, 16 * 1024);
    QCOMPARE(c.maxBodyBytes, 1024 * 1024);
    QVERIFY(!c.isProduction());
  }

  void readsTheEnvironment() {
    const Config c = medusa::loadConfig({{"DATABASE_URL", "postgres://u:p@localhost:5432/shop"},
                                         {"REDIS_URL", "redis://localhost:6379"},
                                         {"PORT", "9100"},
                                         {"STORE_CORS", "http://localhost:8000"},
                                         {"NODE_ENV", "production"}},
                                        std::nullopt);
    QCOMPARE(c.databaseUrl, std::string("postgres://u:p@localhost:5432/shop"));
    QCOMPARE(c.port, 9100);
    QCOMPARE(c.storeCors, std::string("http://localhost:8000"));
    QVERIFY(c.isProduction());
  }

  void readsTheFileAndEnvironmentWins() {
    QTemporaryDir dir;
    const auto file = writeFile(dir, R"({"projectConfig": {"databaseUrl": "postgresql://a@h/db", )"
                                R"("http": {"port": 9200, "adminCors": "http://admin"}, )"
                                R"("server": {"workerThreads": 8}}})");
    const Config fromFile = medusa::loadConfig({}, file);
    QCOMPARE(fromFile.port, 9200);
    QCOMPARE(fromFile.workerThreads, 8);
    QCOMPARE(fromFile.adminCors, std::string("http://admin"));
    const Config withEnv = medusa::loadConfig({{"PORT", "9300"}}, file);
    QCOMPARE(withEnv.port, 9300);
    QCOMPARE(withEnv.databaseUrl, std::string("postgresql://a@h/db"));
  }

  void rejectsUnknownKeys() {
    QTemporaryDir dir;
    const auto file = writeFile(dir, R"({"projectConfig": {"http": {"prot": 1}}, "plugins": []})");
    const auto problems = problemsOf({}, file);
    QVERIFY(mentions(problems, "unknown key 'projectConfig.http.prot'"));
    QVERIFY(mentions(problems, "unknown key 'plugins'"));
  }

  void rejectsBadUrlsWithoutEchoingSecrets() {
    const auto problems = problemsOf({{"DATABASE_URL", "mysql://root:hunter2@db/shop"},
                                      {"REDIS_URL", "not a url"}});
    QCOMPARE(problems.size(), std::size_t(2));
    QVERIFY(mentions(problems, "DATABASE_URL: not a valid URL"));
    QVERIFY(mentions(problems, "REDIS_URL: not a valid URL"));
    QVERIFY(!mentions(problems, "hunter2"));
  }

  void rejectsBadNumbersAndEnums() {
    const auto problems = problemsOf({{"PORT", "90x"}, {"LOG_FORMAT", "xml"},
                                      {"MEDUSA_MAX_BODY_BYTES", "12"}});
    QCOMPARE(problems.size(), std::size_t(3));
    QVERIFY(mentions(problems, "PORT: expected a whole number"));
    QVERIFY(mentions(problems, "LOG_FORMAT: expected one of text, json"));
    QVERIFY(mentions(problems, "MEDUSA_MAX_BODY_BYTES"));
  }

  void rejectsWrongTypesInTheFile() {
    QTemporaryDir dir;
    const auto file = writeFile(dir, R"({"projectConfig": {"http": {"port": "nine"}}})");
    QVERIFY(mentions(problemsOf({}, file), "expected a whole number"));
    const auto file2 = writeFile(dir, R"({"projectConfig": {"redisUrl": 5}})");
    QVERIFY(mentions(problemsOf({}, file2), "'projectConfig.redisUrl' must be a string"));
  }

  void acceptsTheShippedExample() {
    // packaging/medusa-config.example.json documents every key: it must stay loadable.
    const Config c = medusa::loadConfig({}, std::filesystem::path(MEDUSA_EXAMPLE_CONFIG));
    QCOMPARE(c.logFormat, std::string("json"));
    QCOMPARE(c.dbPoolSize, 10);
    QVERIFY(c.isProduction());
  }

  void readsTheLoginThrottle() {
    const Config defaults = medusa::loadConfig({}, std::nullopt);
    QCOMPARE(defaults.loginMaxAttempts, 10);
    QCOMPARE(defaults.loginMaxAttemptsPerIp, 100);
    QCOMPARE(defaults.loginWindowSeconds, 900);
    QTemporaryDir dir;
    const auto file = writeFile(dir, R"({"projectConfig": {"http": {"loginMaxAttempts": 3, )"
                                R"("loginMaxAttemptsPerIp": 0, "loginWindowSeconds": 60}}})");
    const Config fromFile = medusa::loadConfig({{"MEDUSA_LOGIN_WINDOW_SECONDS", "120"}}, file);
    QCOMPARE(fromFile.loginMaxAttempts, 3);
    QCOMPARE(fromFile.loginMaxAttemptsPerIp, 0);
    QCOMPARE(fromFile.loginWindowSeconds, 120);
    const auto problems = problemsOf({{"MEDUSA_LOGIN_MAX_ATTEMPTS", "-1"},
                                      {"MEDUSA_LOGIN_MAX_ATTEMPTS_PER_IP", "many"},
                                      {"MEDUSA_LOGIN_WINDOW_SECONDS", "0"}});
    QCOMPARE(problems.size(), std::size_t(3));
    QVERIFY(mentions(problems, "MEDUSA_LOGIN_MAX_ATTEMPTS: expected a whole number"));
    QVERIFY(mentions(problems, "MEDUSA_LOGIN_WINDOW_SECONDS: expected a whole number from 1"));
  }

  // Issue #12: every resource bound has a key, a default and a range.
  void readsTheResourceBounds() {
    const Config defaults = medusa::loadConfig({}, std::nullopt);
    QCOMPARE(defaults.maxListLimit, 1000);
    QCOMPARE(defaults.requestTimeoutMs, 30'000);
    QCOMPARE(defaults.dbStatementTimeoutMs, 10'000);
    QCOMPARE(defaults.dbLockTimeoutMs, 5'000);
    QCOMPARE(defaults.dbIdleInTransactionTimeoutMs, 60'000);
    QCOMPARE(defaults.storeCacheMaxEntries, 4096);
    QCOMPARE(defaults.storeCacheMaxBytes, 32 * 1024 * 1024);
    QCOMPARE(defaults.storeCacheMaxEntryBytes, 512 * 1024);
    QCOMPARE(defaults.sessionMaxEntries, 100'000);
    QTemporaryDir dir;
    const auto file = writeFile(dir, R"({"projectConfig": {"http": {"maxLimit": 200, )"
                                R"("sessionMaxEntries": 50}, "server": {"requestTimeoutMs": 500}, )"
                                R"("database": {"statementTimeoutMs": 0}}})");
    const Config fromFile = medusa::loadConfig({{"MEDUSA_STORE_CACHE_MAX_BYTES", "0"}}, file);
    QCOMPARE(fromFile.maxListLimit, 200);
    QCOMPARE(fromFile.sessionMaxEntries, 50);
    QCOMPARE(fromFile.requestTimeoutMs, 500);
    QCOMPARE(fromFile.dbStatementTimeoutMs, 0);
    QCOMPARE(fromFile.storeCacheMaxBytes, 0);
    const auto problems = problemsOf({{"MEDUSA_MAX_LIMIT", "0"},
                                      {"MEDUSA_REQUEST_TIMEOUT_MS", "5"},
                                      {"MEDUSA_DB_STATEMENT_TIMEOUT_MS", "-1"},
                                      {"MEDUSA_DB_LOCK_TIMEOUT_MS", "x"},
                                      {"MEDUSA_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS", "99999999"},
                                      {"MEDUSA_STORE_CACHE_MAX_ENTRIES", "2000000"},
                                      {"MEDUSA_STORE_CACHE_MAX_ENTRY_BYTES", "-5"},
                                      {"MEDUSA_SESSION_MAX_ENTRIES", "0"}});
    QCOMPARE(problems.size(), std::size_t(8));
    QVERIFY(mentions(problems, "MEDUSA_MAX_LIMIT: expected a whole number from 1 to 1000000"));
    QVERIFY(mentions(problems, "MEDUSA_SESSION_MAX_ENTRIES: expected a whole number from 1"));
  }

  void readsTheNewThrottleKeys() {
    const Config defaults = medusa::loadConfig({}, std::nullopt);
    QCOMPARE(defaults.loginMaxAttemptsPerEmail, 20);
    QCOMPARE(defaults.loginEmailWindowSeconds, 3600);
    QCOMPARE(defaults.registerMaxAttemptsPerIp, 20);
    const Config set = medusa::loadConfig({{"MEDUSA_LOGIN_MAX_ATTEMPTS_PER_EMAIL", "7"},
                                           {"MEDUSA_LOGIN_EMAIL_WINDOW_SECONDS", "60"},
                                           {"MEDUSA_REGISTER_MAX_ATTEMPTS_PER_IP", "0"}},
                                          std::nullopt);
    QCOMPARE(set.loginMaxAttemptsPerEmail, 7);
    QCOMPARE(set.loginEmailWindowSeconds, 60);
    QCOMPARE(set.registerMaxAttemptsPerIp, 0);
    QVERIFY(mentions(problemsOf({{"MEDUSA_LOGIN_EMAIL_WINDOW_SECONDS", "0"}}),
                     "MEDUSA_LOGIN_EMAIL_WINDOW_SECONDS"));
  }

  // Issue 12, finding 6: secrets were only compared with the default, and only in production.
  void secretPolicy() {
    Config c;
    QVERIFY(medusa::secretProblems(c).empty());  // development: the default is fine
    c.jwtSecret = "";
    QCOMPARE(medusa::secretProblems(c).size(), std::size_t(1));
    QVERIFY(mentions(medusa::secretProblems(c), "JWT_SECRET: must not be empty"));
    // Development with the default secrets is fine on loopback only (a forgotten NODE_ENV on a
    // public address must not serve with a secret anyone knows).
    c.jwtSecret = "supersecret";
    c.host = "0.0.0.0";
    QCOMPARE(medusa::secretProblems(c).size(), std::size_t(2));
    QVERIFY(mentions(medusa::secretProblems(c), "on a loopback HOST"));
    c.host = "::1";
    QVERIFY(medusa::secretProblems(c).empty());
    c.host = "127.0.0.1";
    c.jwtSecret = "";
    for (const char* environment : {"production", "test"}) {
      c.environment = environment;
      c.jwtSecret = std::string(31, 'j');
      c.cookieSecret = "supersecret";
      const auto problems = medusa::secretProblems(c);
      QCOMPARE(problems.size(), std::size_t(2));
      QVERIFY(mentions(problems, "JWT_SECRET: is 31 bytes"));
      QVERIFY(mentions(problems, "COOKIE_SECRET: is the development default"));
      QVERIFY(!mentions(problems, std::string(31, 'j')));  // values never appear
      c.jwtSecret = std::string(32, 'j');
      c.cookieSecret = std::string(64, 'c');
      QVERIFY(medusa::secretProblems(c).empty());
    }
  }

  void rejectsMissingOrMalformedFiles() {
    QVERIFY(mentions(problemsOf({}, std::filesystem::path("/nonexistent/medusa-config.json")),
                     "cannot be read"));
    QTemporaryDir dir;
    QVERIFY(mentions(problemsOf({}, writeFile(dir, "{not json")), "not a JSON object"));
  }
};

QTEST_APPLESS_MAIN(ConfigTest)
#include "config_test.moc"
