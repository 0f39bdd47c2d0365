// SPDX-License-Identifier: MIT
// Password reset end to end: reset-password answers 201 for known and unknown identifiers
// alike, the token travels only in `auth.password_reset`, `update` spends it once, and foreign,
// expired, wrong-actor or wrong-kind tokens get 401 Invalid token.
#include <QtTest>

#include "auth_test_app.h"
#include "medusa/core/jwt.h"
#include "workflows/auth/workflows/generate_reset_password_token_workflow.h"

using namespace medusa;
namespace bj = boost::json;
using test::bearer;

namespace {

const char* const kInvalidToken = "{\"message\":\"Invalid token\"}";

const auto failStep =
    workflow::makeStep("fail-step", [](const std::string&, workflow::StepContext&) {
      throw Error(ErrorType::UnexpectedState, "injected failure");
    });
// The token must not travel when the run fails after it was made.
const auto resetThenFail = workflow::makeWorkflow(
    "reset-password-then-fail", [](const bj::object& in, workflow::Flow& flow) {
      auto token = flow.run(server::workflows::generateResetPasswordTokenWorkflow, in);
      flow.run(failStep, token);
      return token;
    });

}  // namespace

class PasswordResetTest : public QObject {
  Q_OBJECT

  test::AuthTestApp m_app;

  test::RawResponse requestReset(const std::string& identifier, const std::string& actor = "user") {
    return m_app.send("POST", "/auth/" + actor + "/emailpass/reset-password",
                      bj::object{{"identifier", identifier}});
  }
  test::RawResponse update(const std::string& token, const bj::value& body,
                           const std::string& actor = "user") {
    return m_app.send("POST", "/auth/" + actor + "/emailpass/update", body, bearer(token));
  }
  // The token of the latest auth.password_reset event for `email`.
  std::string mailedToken(const std::string& email) {
    std::string token;
    for (const auto& event : m_app.events("auth.password_reset")) {
      if (event.data.at("entity_id").as_string() == email) {
        token = event.data.at("token").as_string();
      }
    }
    return token;
  }

 private slots:
  void initTestCase() {
    m_app.start("password_reset");
    m_app.createAdmin("admin@reset-test.com", "old-password");
  }
  void cleanupTestCase() { m_app.stop(); }

  void resetAnswersTheSameForUnknownIdentities() {
    const auto known = requestReset("admin@reset-test.com");
    const auto unknown = requestReset("nobody@reset-test.com");
    QCOMPARE(known.status, 201);
    QCOMPARE(unknown.status, 201);
    QCOMPARE(known.body, unknown.body);
    QCOMPARE(known.header("content-type"), unknown.header("content-type"));
    const auto events = m_app.events("auth.password_reset");
    QCOMPARE(events.size(), std::size_t(1));
    const auto& data = events.front().data.as_object();
    QCOMPARE(data.at("entity_id").as_string(), "admin@reset-test.com");
    QCOMPARE(data.at("actor_type").as_string(), "user");
    QVERIFY(data.at("metadata").is_object());
    const auto claims = jwt::verify(data.at("token").as_string(), test::AuthTestApp::kJwtSecret);
    QVERIFY(claims);
    QCOMPARE(claims->at("entity_id").as_string(), "admin@reset-test.com");
    QCOMPARE(claims->at("provider").as_string(), "emailpass");
    QCOMPARE(claims->at("actor_type").as_string(), "user");
    QCOMPARE(claims->at("exp").as_int64() - claims->at("iat").as_int64(), 15 * 60);
  }

  void resetValidatesTheBody() {
    const auto response = m_app.send("POST", "/auth/user/emailpass/reset-password",
                                     bj::object{{"email", "admin@reset-test.com"}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().at("type").as_string(), "invalid_data");
    QCOMPARE(requestReset("admin@reset-test.com", "robot").status, 400);
  }

  void updateSetsTheNewPasswordOnce() {
    requestReset("admin@reset-test.com");
    const auto token = mailedToken("admin@reset-test.com");
    QVERIFY(!token.empty());
    const auto missing = update(token, bj::object{});
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.json().at("message").as_string(), "Unauthorized");
    const auto response = update(token, bj::object{{"password", "new-password"}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json(), bj::value(bj::object{{"success", true}}));
    QVERIFY(m_app.login("admin@reset-test.com", "old-password").empty());
    QVERIFY(!m_app.login("admin@reset-test.com", "new-password").empty());
    // Spent: the password it was issued for has changed.
    const auto again = update(token, bj::object{{"password", "third-password"}});
    QCOMPARE(again.status, 401);
    QCOMPARE(QByteArray::fromStdString(again.body), QByteArray(kInvalidToken));
    QVERIFY(!m_app.login("admin@reset-test.com", "new-password").empty());
  }

  void refusesTokensThatAreNotLiveResetTokens() {
    requestReset("admin@reset-test.com");
    const auto token = mailedToken("admin@reset-test.com");
    auto tampered = token;
    tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
    const auto claims = *jwt::verify(token, test::AuthTestApp::kJwtSecret);
    auto expiredClaims = claims;
    expiredClaims.erase("iat");
    expiredClaims.erase("exp");
    const auto expired =
        jwt::sign(expiredClaims, test::AuthTestApp::kJwtSecret, std::chrono::seconds(60),
                  std::chrono::system_clock::now() - std::chrono::hours(1));
    auto otherProviderClaims = expiredClaims;
    otherProviderClaims["provider"] = "google";
    const auto otherProvider =
        jwt::sign(otherProviderClaims, test::AuthTestApp::kJwtSecret, std::chrono::minutes(5));
    const auto login = m_app.login("admin@reset-test.com", "new-password");
    for (const auto& bad : {tampered, expired, otherProvider, login, std::string("garbage")}) {
      const auto response = update(bad, bj::object{{"password", "hijacked"}});
      QCOMPARE(response.status, 401);
      QCOMPARE(QByteArray::fromStdString(response.body), QByteArray(kInvalidToken));
    }
    // A user's reset token does not reset through the customer route.
    QCOMPARE(update(token, bj::object{{"password", "hijacked"}}, "customer").status, 401);
    QCOMPARE(m_app.send("POST", "/auth/user/emailpass/update", bj::object{{"password", "hijacked"}})
                 .status,
             401);
    QVERIFY(m_app.login("admin@reset-test.com", "hijacked").empty());
    QVERIFY(!m_app.login("admin@reset-test.com", "new-password").empty());
  }

  void aFailedRunSendsNoToken() {
    const auto before = m_app.events("auth.password_reset").size();
    const auto run = m_app.workflows().run(resetThenFail,
                                           bj::object{{"entity_id", "admin@reset-test.com"},
                                                      {"actor_type", "user"},
                                                      {"provider", "emailpass"}},
                                           {.throwOnError = false});
    QVERIFY(run.state == workflow::TransactionState::Reverted);
    QCOMPARE(m_app.events("auth.password_reset").size(), before);
  }
};

QTEST_GUILESS_MAIN(PasswordResetTest)
#include "auth_password_reset_test.moc"
