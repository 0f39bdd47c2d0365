// SPDX-License-Identifier: MIT
// The express-session cookie flow end to end (the js-sdk's `session` auth mode): login,
// POST /auth/session, /admin/users/me with only the cookie, DELETE /auth/session, and the
// session surviving a server restart when it is kept in Redis.
#include <QtTest>

#include "raw_client.h"
#include "server_process.h"

namespace bj = boost::json;

namespace {

const char* const kEmail = "admin@medusa-test.com";
const char* const kPassword = "supersecret";

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

  medusa::test::ServerProcess m_server{
      {.database = "session_flow",
       .adminEmail = kEmail,
       .adminPassword = kPassword,
       .redis = true,
       .environment = {{"COOKIE_SECRET", "test-cookie-secret"}}}};

  medusa::test::RawResponse send(const std::string& method, const std::string& path,
                                 const std::string& headers = {}) {
    return medusa::test::exchange(
        m_server.port(),
        method + " " + path + " HTTP/1.1\r\nHost: x\r\n" + headers + "Content-Length: 0\r\n\r\n");
  }

  std::string login() {
    const auto response = medusa::test::exchange(
        m_server.port(), medusa::test::postRequest(
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
    QVERIFY2(m_server.prepare(), m_server.error().c_str());
    QVERIFY2(m_server.start(), m_server.error().c_str());
  }

  void cleanupTestCase() { m_server.stop(); }

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
    m_server.stop();
    QVERIFY2(m_server.start(), "medusa-server did not restart");
    QCOMPARE(send("GET", "/admin/users/me", header("Cookie", cookie)).status, 200);
    QCOMPARE(send("DELETE", "/auth/session", header("Cookie", cookie)).status, 200);
    QCOMPARE(send("GET", "/admin/users/me", header("Cookie", cookie)).status, 401);
  }
};

QTEST_GUILESS_MAIN(SessionFlowTest)
#include "session_flow_test.moc"
