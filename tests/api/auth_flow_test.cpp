// SPDX-License-Identifier: MIT
// Admin authentication end to end: `medusa-server user`, login, /admin/users, and the exact
// 401 of the admin guard without, with tampered and with expired tokens.
#include <QtTest>

#include <chrono>

#include "medusa/core/jwt.h"
#include "raw_client.h"
#include "server_process.h"

namespace bj = boost::json;

namespace {

const char* const kEmail = "admin@medusa-test.com";
const char* const kPassword = "supersecret";
const char* const kUnauthorized = "{\"message\":\"Unauthorized\"}";

std::string bearer(const std::string& token) { return "Authorization: Bearer " + token + "\r\n"; }

}  // namespace

class AuthFlowTest : public QObject {
  Q_OBJECT

  medusa::test::ServerProcess m_server{{.database = "auth_flow"}};
  std::uint16_t m_port = 0;

  medusa::test::RawResponse get(const std::string& path, const std::string& headers = {}) {
    return medusa::test::exchange(m_port, medusa::test::getRequest(path, headers));
  }
  medusa::test::RawResponse post(const std::string& path, const bj::object& body) {
    return medusa::test::exchange(
        m_port, medusa::test::postRequest(path, medusa::json::stringify(body), "application/json"));
  }
  std::string login(const char* email, const char* password) {
    const auto response =
        post("/auth/user/emailpass", {{"email", email}, {"password", password}});
    if (response.status != 200) return {};
    return std::string(response.json().at("token").as_string());
  }

 private slots:
  void initTestCase() {
    QVERIFY2(m_server.prepare(), m_server.error().c_str());
    const auto created = m_server.run({"user", "-e", kEmail, "-p", kPassword});
    QVERIFY2(created.exitCode == 0, created.output.constData());
    const auto again = m_server.run({"user", "-e", kEmail, "-p", "other"});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.output.contains("already exists"), again.output.constData());

    QVERIFY2(m_server.start(), m_server.error().c_str());
    m_port = m_server.port();
  }

  void cleanupTestCase() { m_server.stop(); }

  void loginThenMe() {
    const auto token = login(kEmail, kPassword);
    QVERIFY(!token.empty());
    const auto claims = medusa::jwt::verify(token, "test-jwt-secret");
    QVERIFY(claims);
    QCOMPARE(claims->at("actor_type").as_string(), "user");
    const auto me = get("/admin/users/me", bearer(token));
    QCOMPARE(me.status, 200);
    const auto user = me.json().at("user").as_object();
    QCOMPARE(user.at("email").as_string(), kEmail);
    QCOMPARE(claims->at("actor_id"), user.at("id"));
    QCOMPARE(user.size(), std::size_t(9));
    QVERIFY(me.body.find("password") == std::string::npos);

    const auto narrow = get("/admin/users/me?fields=id,email", bearer(token));
    QCOMPARE(narrow.json().at("user").as_object().size(), std::size_t(2));

    const auto list = get("/admin/users?limit=1", bearer(token));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().at("count").as_int64(), 1);
    QCOMPARE(list.json().at("limit").as_int64(), 1);
    QCOMPARE(list.json().at("offset").as_int64(), 0);
    QCOMPARE(list.json().at("users").as_array().size(), std::size_t(1));

    const auto one = get("/admin/users/" + std::string(user.at("id").as_string()), bearer(token));
    QCOMPARE(one.status, 200);
    const auto missing = get("/admin/users/user_nope", bearer(token));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().at("message").as_string(), "User with id: user_nope was not found");
  }

  void adminGuardAnswersExactly401() {
    const auto token = login(kEmail, kPassword);
    auto tampered = token;
    tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'a' ? 'b' : 'a';
    const auto expired = medusa::jwt::sign(
        {{"actor_id", "user_x"}, {"actor_type", "user"}, {"auth_identity_id", "authid_x"},
         {"app_metadata", bj::object{}}},
        "test-jwt-secret", std::chrono::seconds(60),
        std::chrono::system_clock::now() - std::chrono::hours(1));
    for (const auto& headers : {std::string(), bearer("garbage"), bearer(tampered),
                                bearer(expired)}) {
      for (const char* path : {"/admin/users/me", "/admin/users", "/admin/no-such-thing"}) {
        const auto response = get(path, headers);
        QCOMPARE(response.status, 401);
        QCOMPARE(QByteArray::fromStdString(response.body), QByteArray(kUnauthorized));
      }
    }
  }

  // Without REDIS_URL the server keeps sessions in memory (session_flow_test covers Redis).
  void cookieSessionInMemory() {
    const auto token = login(kEmail, kPassword);
    const auto created = medusa::test::exchange(
        m_port, "POST /auth/session HTTP/1.1\r\nHost: x\r\n" + bearer(token) +
                    "Content-Length: 0\r\n\r\n");
    QCOMPARE(created.status, 200);
    const auto setCookie = created.header("set-cookie");
    const auto cookie = "Cookie: " + setCookie.substr(0, setCookie.find(';')) + "\r\n";
    QCOMPARE(get("/admin/users/me", cookie).status, 200);
    const auto deleted = medusa::test::exchange(
        m_port, "DELETE /auth/session HTTP/1.1\r\nHost: x\r\n" + cookie +
                    "Content-Length: 0\r\n\r\n");
    QCOMPARE(deleted.status, 200);
    QCOMPARE(get("/admin/users/me", cookie).status, 401);
  }

  void wrongPasswordAndUnknownEmailLookTheSame() {
    const auto wrong = post("/auth/user/emailpass", {{"email", kEmail}, {"password", "nope"}});
    const auto unknown =
        post("/auth/user/emailpass", {{"email", "nobody@medusa-test.com"}, {"password", "nope"}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(QByteArray::fromStdString(wrong.body), QByteArray::fromStdString(unknown.body));
    QCOMPARE(wrong.json().at("type").as_string(), "unauthorized");
    QCOMPARE(wrong.json().at("message").as_string(), "Invalid email or password");
  }

  void registrationTokenIsNotAnAdmin() {
    const auto registered = post("/auth/user/emailpass/register",
                                 {{"email", "new@medusa-test.com"}, {"password", "pw"}});
    QCOMPARE(registered.status, 200);
    const std::string token(registered.json().at("token").as_string());
    const auto claims = medusa::jwt::verify(token, "test-jwt-secret");
    QVERIFY(claims);
    QCOMPARE(claims->at("actor_id").as_string(), "");
    QCOMPARE(get("/admin/users/me", bearer(token)).status, 401);
    const auto again = post("/auth/user/emailpass/register",
                            {{"email", "new@medusa-test.com"}, {"password", "pw"}});
    QCOMPARE(again.status, 401);
    QCOMPARE(again.json().at("message").as_string(), "Identity with email already exists");

    const auto refreshed = medusa::test::exchange(
        m_port, "POST /auth/token/refresh HTTP/1.1\r\nHost: x\r\n" + bearer(token) +
                    "Content-Length: 0\r\n\r\n");
    QCOMPARE(refreshed.status, 200);
    QVERIFY(refreshed.json().at("token").is_string());
    QCOMPARE(medusa::test::exchange(
                 m_port, "POST /auth/token/refresh HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                 .status,
             401);
  }
};

QTEST_GUILESS_MAIN(AuthFlowTest)
#include "auth_flow_test.moc"
