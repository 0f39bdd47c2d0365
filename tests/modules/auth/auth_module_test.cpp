// SPDX-License-Identifier: MIT
// The auth module's emailpass rules on a real database: register, authenticate, app_metadata,
// password change, and indistinguishable failures.
#include "medusa/auth/auth_module.h"

#include <QtTest>
#include <chrono>
#include <optional>

#include "error_of.h"
#include "medusa/auth/auth_module_service.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "module_test_app.h"

using namespace medusa;
using auth::AuthModuleService;

using test::errorOf;

class AuthModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  AuthModuleService& service() { return m_app.services->resolve<AuthModuleService>(); }

 private slots:
  void initTestCase() { m_app = test::makeModuleApp("auth_module", {auth::moduleDefinition()}); }

  void registersAndAuthenticates() {
    const auto created = service().registerIdentity("a@example.com", "secret-1");
    QVERIFY(created.id.starts_with("authid_"));
    QVERIFY(created.appMetadata.empty());
    const auto found = service().authenticate("a@example.com", "secret-1");
    QCOMPARE(found.id, created.id);
  }

  void refusesSecondRegistration() {
    service().registerIdentity("dup@example.com", "secret-1");
    const auto error = errorOf([&] { service().registerIdentity("dup@example.com", "other"); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::Unauthorized);
    QCOMPARE(error->message(), std::string("Identity with email already exists"));
  }

  void wrongPasswordAndUnknownEmailLookTheSame() {
    service().registerIdentity("b@example.com", "right");
    using Clock = std::chrono::steady_clock;
    const auto t0 = Clock::now();
    const auto wrong = errorOf([&] { service().authenticate("b@example.com", "wrong"); });
    const auto t1 = Clock::now();
    const auto unknown = errorOf([&] { service().authenticate("nobody@example.com", "wrong"); });
    const auto t2 = Clock::now();
    QVERIFY(wrong && unknown);
    QVERIFY(wrong->type() == ErrorType::Unauthorized);
    QVERIFY(unknown->type() == ErrorType::Unauthorized);
    QCOMPARE(wrong->message(), std::string("Invalid email or password"));
    QCOMPARE(unknown->message(), wrong->message());
    // Both run one Argon2id verification: the unknown e-mail is not answered much faster.
    const auto wrongTime = t1 - t0, unknownTime = t2 - t1;
    QVERIFY2(unknownTime * 3 > wrongTime, "unknown e-mail answered much faster");
  }

  void missingCredentialsAreUnauthorized() {
    const auto error = errorOf([&] { service().authenticate("b@example.com", ""); });
    QVERIFY(error);
    QCOMPARE(error->message(), std::string("Password should be a string"));
  }

  void mergesAppMetadata() {
    const auto created = service().registerIdentity("c@example.com", "pw");
    service().updateAppMetadata(created.id, {{"user_id", "user_1"}, {"x", 1}});
    const auto updated = service().updateAppMetadata(created.id, {{"x", nullptr}});
    QCOMPARE(QString::fromStdString(json::stringify(updated.appMetadata)),
             QStringLiteral("{\"user_id\":\"user_1\"}"));
    QCOMPARE(service().authenticate("c@example.com", "pw").appMetadata.at("user_id").as_string(),
             "user_1");
  }

  void changesPassword() {
    service().registerIdentity("d@example.com", "old");
    service().updatePassword("d@example.com", "new");
    QVERIFY(errorOf([&] { service().authenticate("d@example.com", "old"); }));
    QVERIFY(!service().authenticate("d@example.com", "new").id.empty());
  }

  void deletesIdentities() {
    const auto created = service().registerIdentity("e@example.com", "pw");
    service().deleteAuthIdentities({created.id});
    QVERIFY(errorOf([&] { service().authenticate("e@example.com", "pw"); }));
    // The e-mail is free again.
    QVERIFY(!service().registerIdentity("e@example.com", "pw").id.empty());
  }

  void findsTheIdentityOfAnActor() {
    const auto created = service().registerIdentity("actor@example.com", "secret-1");
    service().updateAppMetadata(created.id, {{"user_id", "user_42"}});
    const auto found = service().findByActor("user", "user_42");
    QVERIFY(found);
    QCOMPARE(found->id, created.id);
    QVERIFY(!service().findByActor("customer", "user_42"));
    QVERIFY(!service().findByActor("user", "user_43"));
  }

  void softDeletedIdentitiesCannotLogInAndFreeTheEmail() {
    const auto created = service().registerIdentity("gone@example.com", "secret-1");
    service().softDeleteAuthIdentities({created.id});
    QVERIFY(errorOf([&] { service().authenticate("gone@example.com", "secret-1"); }));
    QVERIFY(!service().passwordFingerprint("gone@example.com"));
    service().restoreAuthIdentities({created.id});
    QCOMPARE(service().authenticate("gone@example.com", "secret-1").id, created.id);
  }

  void fingerprintChangesWithThePassword() {
    service().registerIdentity("fp@example.com", "secret-1");
    const auto before = service().passwordFingerprint("fp@example.com");
    QVERIFY(before);
    QCOMPARE(before->size(), std::size_t(32));
    QCOMPARE(service().passwordFingerprint("fp@example.com"), before);
    service().updatePassword("fp@example.com", "secret-2");
    const auto after = service().passwordFingerprint("fp@example.com");
    QVERIFY(after && *after != *before);
    QVERIFY(!service().passwordFingerprint("nobody@example.com"));
  }
};

QTEST_GUILESS_MAIN(AuthModuleTest)
#include "auth_module_test.moc"
