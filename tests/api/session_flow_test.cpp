// SPDX-License-Identifier: MIT
// The express-session cookie flow end to end (the js-sdk's `session` auth mode): login,
// POST /auth/session, /admin/users/me with only the cookie, DELETE /auth/session, and the
// session surviving a server restart when it is kept in Redis.
#include <QtNetwork>
#include <QtTest>
#include <chrono>
#include <thread>

#include "raw_client.h"
#include "test_services.h"

namespace bj = boost::json;

namespace {

const char* const kEmail = "admin@medusa-test.com";
const char* const kPassword = "supersecret";

int freePort() {
  QTcpServer probe;
  probe.listen(QHostAddress::LocalHost, 0);
  return probe.serverPort();
}

int runCli(const QStringList& args, const QProcessEnvironment& env) {
  QProcess process;
  process.setProcessEnvironment(env);
  process.setProcessChannelMode(QProcess::ForwardedChannels);
  process.start(QStringLiteral(MEDUSA_SERVER_BINARY), args);
  process.waitForFinished(60000);
  return process.exitCode();
}

// "connect.sid=<value>" from a Set-Cookie header, to send back as a Cookie header.
std::string cookiePair(const std::string& setCookie) {
  return setCookie.substr(0, setCookie.find(';'));
}

std::string header(const std::string& name, const std::string& value) {
  return name + ": " + value + "\r\n";
}

}  // namespace

class SessionFlowTest : public QObject {
  Q_OBJECT

  QProcessEnvironment m_env;
  QProcess m_server;
  std::uint16_t m_port = 0;

  medusa::test::RawResponse send(const std::string& method, const std::string& path,
                                 const std::string& headers = {}) {
    return medusa::test::exchange(m_port, method + " " + path + " HTTP/1.1\r\nHost: x\r\n" +
                                              headers + "Content-Length: 0\r\n\r\n");
  }

  bool startServer() {
    m_server.setProcessEnvironment(m_env);
    m_server.setProcessChannelMode(QProcess::ForwardedChannels);
    m_server.start(QStringLiteral(MEDUSA_SERVER_BINARY), {"start"});
    for (int i = 0; i < 600; ++i) {
      try {
        if (send("GET", "/health").status == 200) return true;
      } catch (const std::exception&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  void stopServer() {
    m_server.terminate();
    m_server.waitForFinished(10000);
  }

  std::string login() {
    const auto response = medusa::test::exchange(
        m_port, medusa::test::postRequest(
                    "/auth/user/emailpass",
                    medusa::json::stringify(bj::object{{"email", kEmail}, {"password", kPassword}}),
                    "application/json"));
    if (response.status != 200) return {};
    return std::string(response.json().at("token").as_string());
  }

  // POST /auth/session with the token; returns the cookie to send back.
  std::string openSession() {
    const auto token = login();
    if (token.empty()) return {};
    const auto created = send("POST", "/auth/session", header("Authorization", "Bearer " + token));
    if (created.status != 200) return {};
    return cookiePair(created.header("set-cookie"));
  }

 private slots:
  void initTestCase() {
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert("DATABASE_URL",
                 QString::fromStdString(medusa::test::createDatabase("session_flow")));
    m_env.insert("REDIS_URL", QString::fromStdString(medusa::test::services().redisUrl));
    m_env.insert("LOG_LEVEL", "warn");
    m_env.insert("HOST", "127.0.0.1");
    m_env.insert("JWT_SECRET", "test-jwt-secret");
    m_env.insert("COOKIE_SECRET", "test-cookie-secret");
    QCOMPARE(runCli({"db:migrate"}, m_env), 0);
    QCOMPARE(runCli({"user", "-e", kEmail, "-p", kPassword}, m_env), 0);
    m_port = static_cast<std::uint16_t>(freePort());
    m_env.insert("PORT", QString::number(m_port));
    QVERIFY2(startServer(), "medusa-server did not start");
  }

  void cleanupTestCase() { stopServer(); }

  void cookieSessionFlow() {
    const auto token = login();
    QVERIFY(!token.empty());
    const auto created = send("POST", "/auth/session", header("Authorization", "Bearer " + token));
    QCOMPARE(created.status, 200);
    const auto user = created.json().at("user").as_object();
    QCOMPARE(user.at("actor_type").as_string(), "user");
    QVERIFY(user.at("actor_id").as_string().starts_with("user_"));
    QVERIFY(user.at("auth_identity_id").as_string().starts_with("authid_"));
    QVERIFY(user.at("app_metadata").is_object());
    const auto setCookie = created.header("set-cookie");
    QVERIFY(setCookie.starts_with("connect.sid=s%3A"));
    QVERIFY(setCookie.find("HttpOnly") != std::string::npos);
    QVERIFY(setCookie.find("SameSite=Lax") != std::string::npos);
    QVERIFY(setCookie.find("Secure") == std::string::npos);
    const auto cookie = header("Cookie", cookiePair(setCookie));

    const auto me = send("GET", "/admin/users/me", cookie);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().at("user").at("email").as_string(), kEmail);

    // A tampered cookie is no credential.
    auto tampered = cookiePair(setCookie);
    tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
    QCOMPARE(send("GET", "/admin/users/me", header("Cookie", tampered)).status, 401);
    // POST /auth/session needs a Bearer token; the cookie alone is not enough.
    QCOMPARE(send("POST", "/auth/session", cookie).status, 401);

    const auto deleted = send("DELETE", "/auth/session", cookie);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().at("success").as_bool(), true);
    QVERIFY(deleted.header("set-cookie").starts_with("connect.sid=;"));
    const auto after = send("GET", "/admin/users/me", cookie);
    QCOMPARE(after.status, 401);
    QCOMPARE(QByteArray::fromStdString(after.body), QByteArray("{\"message\":\"Unauthorized\"}"));
  }

  void sessionSurvivesARestartWithRedis() {
    const auto cookie = openSession();
    QVERIFY(!cookie.empty());
    QCOMPARE(send("GET", "/admin/users/me", header("Cookie", cookie)).status, 200);
    stopServer();
    QVERIFY2(startServer(), "medusa-server did not restart");
    QCOMPARE(send("GET", "/admin/users/me", header("Cookie", cookie)).status, 200);
    QCOMPARE(send("DELETE", "/auth/session", header("Cookie", cookie)).status, 200);
    QCOMPARE(send("GET", "/admin/users/me", header("Cookie", cookie)).status, 401);
  }
};

QTEST_GUILESS_MAIN(SessionFlowTest)
#include "session_flow_test.moc"
