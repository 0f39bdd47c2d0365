// SPDX-License-Identifier: MIT
// Login brute-force protection: the LoginThrottle rules on a controlled clock (per e-mail, per
// address, reset on success, windows, bounded memory), then over HTTP (429 with Retry-After,
// unknown and known e-mails alike), and the CORS headers on the admin guard's 401.
#include <QtTest>

#include "api/auth/login_throttle.h"
#include "auth_test_app.h"

using namespace medusa;
using api::LoginThrottle;
using namespace std::chrono_literals;
namespace bj = boost::json;

namespace {

struct FakeClock {
  std::chrono::steady_clock::time_point now{std::chrono::steady_clock::time_point{} + 1h};
  LoginThrottle::Clock function() {
    return [this] { return now; };
  }
};

}  // namespace

class LoginThrottleTest : public QObject {
  Q_OBJECT

  test::AuthTestApp m_app;

  test::RawResponse login(const std::string& email, const std::string& password) {
    return m_app.send("POST", "/auth/user/emailpass",
                      bj::object{{"email", email}, {"password", password}});
  }

 private slots:
  void initTestCase() {
    Config config;
    config.loginMaxAttempts = 3;
    config.loginMaxAttemptsPerIp = 1000;
    config.loginWindowSeconds = 60;
    config.adminCors = "http://admin.test";
    m_app.start("login_throttle", config);
    m_app.createAdmin("admin@throttle-test.com", "supersecret");
  }
  void cleanupTestCase() { m_app.stop(); }

  void blocksAnEmailUntilItsWindowEnds() {
    FakeClock clock;
    LoginThrottle throttle({.maxPerEmail = 2, .maxPerAddress = 0, .window = 60s}, clock.function());
    QVERIFY(!throttle.retryAfter("a@x.com", "1.1.1.1"));
    throttle.recordFailure("a@x.com", "1.1.1.1");
    clock.now += 10s;
    throttle.recordFailure("A@X.com", "2.2.2.2");  // case does not buy a new budget
    QCOMPARE(throttle.retryAfter("a@x.com", "3.3.3.3"), std::optional(50s));
    QVERIFY(!throttle.retryAfter("b@x.com", "1.1.1.1"));
    clock.now += 49s + 500ms;
    QCOMPARE(throttle.retryAfter("a@x.com", "1.1.1.1"), std::optional(1s));
    clock.now += 1s;
    QVERIFY(!throttle.retryAfter("a@x.com", "1.1.1.1"));
  }

  void blocksAnAddressAcrossEmails() {
    FakeClock clock;
    LoginThrottle throttle({.maxPerEmail = 100, .maxPerAddress = 3, .window = 60s},
                           clock.function());
    for (const char* email : {"a@x.com", "b@x.com", "c@x.com"}) {
      throttle.recordFailure(email, "9.9.9.9");
    }
    QCOMPARE(throttle.retryAfter("d@x.com", "9.9.9.9"), std::optional(60s));
    QVERIFY(!throttle.retryAfter("d@x.com", "8.8.8.8"));
    throttle.recordSuccess("a@x.com");  // a success clears the e-mail, not the address
    QVERIFY(throttle.retryAfter("a@x.com", "9.9.9.9"));
  }

  void successClearsTheEmail() {
    FakeClock clock;
    LoginThrottle throttle({.maxPerEmail = 2, .maxPerAddress = 0, .window = 60s}, clock.function());
    throttle.recordFailure("a@x.com", "1.1.1.1");
    throttle.recordSuccess("a@x.com");
    throttle.recordFailure("a@x.com", "1.1.1.1");
    QVERIFY(!throttle.retryAfter("a@x.com", "1.1.1.1"));
  }

  void memoryStaysBounded() {
    FakeClock clock;
    LoginThrottle throttle({.maxPerEmail = 1, .maxPerAddress = 0, .window = 60s, .maxEntries = 3},
                           clock.function());
    for (int i = 0; i < 10; ++i) {
      throttle.recordFailure("u" + std::to_string(i) + "@x.com", "1.1.1.1");
      clock.now += 1ms;
    }
    // The oldest windows were evicted to stay within maxEntries; the newest are kept.
    QVERIFY(!throttle.retryAfter("u0@x.com", "1.1.1.1"));
    QVERIFY(throttle.retryAfter("u9@x.com", "1.1.1.1"));
  }

  void answers429WithRetryAfterOverHttp() {
    for (int i = 0; i < 3; ++i) QCOMPARE(login("admin@throttle-test.com", "wrong").status, 401);
    const auto blocked = login("admin@throttle-test.com", "supersecret");
    QCOMPARE(blocked.status, 429);
    const auto wait = blocked.header("retry-after");
    QVERIFY(!wait.empty());
    QVERIFY(std::stoi(wait) > 0 && std::stoi(wait) <= 60);
    QCOMPARE(blocked.json().at("type").as_string(), "not_allowed");
    QCOMPARE(blocked.json().at("message").as_string(),
             "Too many login attempts. Try again in " + wait + " seconds.");
    QVERIFY(login("ADMIN@throttle-test.com", "supersecret").status == 429);
  }

  void unknownEmailsAreThrottledAlike() {
    for (int i = 0; i < 3; ++i) {
      const auto unknown = login("nobody@throttle-test.com", "wrong");
      QCOMPARE(unknown.status, 401);
      QCOMPARE(unknown.json().at("message").as_string(), "Invalid email or password");
    }
    const auto blocked = login("nobody@throttle-test.com", "wrong");
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.json().at("type").as_string(), "not_allowed");
  }

  void successResetsTheEmailCount() {
    m_app.createAdmin("ok@throttle-test.com", "right");
    for (int round = 0; round < 3; ++round) {
      QCOMPARE(login("ok@throttle-test.com", "wrong").status, 401);
      QCOMPARE(login("ok@throttle-test.com", "wrong").status, 401);
      QCOMPARE(login("ok@throttle-test.com", "right").status, 200);
    }
  }

  void guard401CarriesCors() {
    const auto allowed =
        m_app.send("GET", "/admin/users/me", nullptr, "Origin: http://admin.test\r\n");
    QCOMPARE(allowed.status, 401);
    QCOMPARE(allowed.body, std::string("{\"message\":\"Unauthorized\"}"));
    QCOMPARE(allowed.header("access-control-allow-origin"), std::string("http://admin.test"));
    QCOMPARE(allowed.header("access-control-allow-credentials"), std::string("true"));
    const auto foreign =
        m_app.send("GET", "/admin/users/me", nullptr, "Origin: http://evil.test\r\n");
    QCOMPARE(foreign.status, 401);
    QVERIFY(!foreign.hasHeader("access-control-allow-origin"));
  }
};

QTEST_GUILESS_MAIN(LoginThrottleTest)
#include "auth_login_throttle_test.moc"
