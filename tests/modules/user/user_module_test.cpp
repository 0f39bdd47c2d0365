// SPDX-License-Identifier: MIT
// The user module on a real database: ids, unique e-mail among live users, not-found message,
// invite tokens (signed, refreshed, expired, withdrawn).
#include "medusa/user/user_module.h"

#include <QtTest>
#include <optional>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/core/jwt.h"
#include "medusa/core/time.h"
#include "medusa/user/user_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using user::UserModuleService;
namespace bj = boost::json;

using test::errorOf;

namespace {
const user::InviteTokenSettings kSettings{.jwtSecret = "secret"};
}

class UserModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  UserModuleService& service() { return m_app.services->resolve<UserModuleService>(); }

 private slots:
  void initTestCase() { m_app = test::makeModuleApp("user_module", {user::moduleDefinition()}); }

  void createsUsers() {
    const auto users = service().createUsers(
        bj::array{bj::object{{"email", "a@example.com"}, {"first_name", "Ann"}}});
    const auto& row = users.at(0).as_object();
    QVERIFY(row.at("id").as_string().starts_with("user_"));
    QCOMPARE(row.at("id").as_string().size(), std::size_t(5 + 26));
    QVERIFY(row.at("last_name").is_null());
    QVERIFY(row.at("deleted_at").is_null());
    const auto again = service().retrieveUser(row.at("id").as_string());
    QCOMPARE(again.at("email").as_string(), "a@example.com");
  }

  void emailIsUniqueAmongLiveUsers() {
    const auto first = service().createUsers(bj::array{bj::object{{"email", "dup@example.com"}}});
    const auto error = errorOf([&] {
      service().createUsers(bj::array{bj::object{{"email", "dup@example.com"}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(), std::string("User with email: dup@example.com, already exists."));
    service().softDeleteUsers({std::string(first.at(0).at("id").as_string())});
    QCOMPARE(service().createUsers(bj::array{bj::object{{"email", "dup@example.com"}}}).size(),
             std::size_t(1));
  }

  void unknownUserIsNotFound() {
    const auto error = errorOf([&] { service().retrieveUser("user_nope"); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), std::string("User with id: user_nope was not found"));
  }

  void createsInvitesWithSignedTokens() {
    const auto invites = service().createInvites(
        bj::array{bj::object{{"email", "new@example.com"}, {"metadata", bj::object{{"a", 1}}}}},
        kSettings);
    const auto& row = invites.at(0).as_object();
    QVERIFY(row.at("id").as_string().starts_with("invite_"));
    QCOMPARE(row.at("accepted").as_bool(), false);
    const auto claims = jwt::verify(row.at("token").as_string(), kSettings.jwtSecret);
    QVERIFY(claims);
    QCOMPARE(claims->at("id"), row.at("id"));
    // One day, as Medusa's default valid_duration.
    const auto expires = time::parse(row.at("expires_at").as_string());
    const auto lifetime = expires - time::now();
    QVERIFY(lifetime > std::chrono::hours(23) && lifetime <= std::chrono::hours(24));
    const auto found = service().validateInviteToken(row.at("token").as_string(), "secret");
    QCOMPARE(found.at("id"), row.at("id"));
  }

  void pendingInviteEmailIsUnique() {
    service().createInvites(bj::array{bj::object{{"email", "twice@example.com"}}}, kSettings);
    const auto error = errorOf([&] {
      service().createInvites(bj::array{bj::object{{"email", "twice@example.com"}}}, kSettings);
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
  }

  void refreshGivesANewTokenAndExpiry() {
    const auto created =
        service().createInvites(bj::array{bj::object{{"email", "refresh@example.com"}}}, kSettings);
    const std::string id(created.at(0).at("id").as_string());
    const auto refreshed = service().refreshInviteTokens({id}, kSettings);
    QVERIFY(refreshed.at(0).at("token") != created.at(0).at("token"));
    const auto error = errorOf([&] {
      service().refreshInviteTokens({id, "invite_gone"}, kSettings);
    });
    QVERIFY(error);
    QCOMPARE(error->message(), std::string("The following invites do not exist: invite_gone"));
  }

  void invalidExpiredAndDeletedInvitesAreRefused() {
    const auto created =
        service().createInvites(bj::array{bj::object{{"email", "late@example.com"}}}, kSettings);
    const std::string id(created.at(0).at("id").as_string());
    const std::string token(created.at(0).at("token").as_string());
    auto error = errorOf([&] { service().validateInviteToken(token, "other-secret"); });
    QVERIFY(error && error->type() == ErrorType::Unauthorized);

    service().updateInvites(
        bj::array{bj::object{{"id", id}, {"expires_at", "2020-01-01T00:00:00.000Z"}}});
    error = errorOf([&] { service().validateInviteToken(token, "secret"); });
    QVERIFY(error && error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(), std::string("The invite has expired"));

    service().softDeleteInvites({id});
    error = errorOf([&] { service().validateInviteToken(token, "secret"); });
    QVERIFY(error && error->type() == ErrorType::NotFound);
    service().restoreInvites({id});
    error = errorOf([&] { service().validateInviteToken(token, "secret"); });
    QVERIFY(error && error->type() == ErrorType::InvalidData);
  }
};

QTEST_GUILESS_MAIN(UserModuleTest)
#include "user_module_test.moc"
