// SPDX-License-Identifier: MIT
// The user module on a real database: ids, unique e-mail among live users, not-found message.
#include <QtTest>
#include <optional>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/user/user_module.h"
#include "medusa/user/user_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using user::UserModuleService;
namespace bj = boost::json;

using test::errorOf;

class UserModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  UserModuleService& service() { return m_app.services->resolve<UserModuleService>(); }

 private slots:
  void initTestCase() { m_app = test::makeModuleApp("user_module", {user::moduleDefinition()}); }

  void createsUsers() {
    const auto users = service().createUsers(bj::array{bj::object{{"email", "a@example.com"},
                                                                   {"first_name", "Ann"}}});
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
    const auto error = errorOf(
        [&] { service().createUsers(bj::array{bj::object{{"email", "dup@example.com"}}}); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::DuplicateError);
    QCOMPARE(error->message(), std::string("User with email dup@example.com already exists."));
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

  void createsInvites() {
    const auto invites = service().createInvites(bj::array{bj::object{
        {"email", "new@example.com"}, {"token", "t"}, {"expires_at", "2030-01-01T00:00:00.000Z"}}});
    const auto& row = invites.at(0).as_object();
    QVERIFY(row.at("id").as_string().starts_with("invite_"));
    QCOMPARE(row.at("accepted").as_bool(), false);
  }
};

QTEST_GUILESS_MAIN(UserModuleTest)
#include "user_module_test.moc"
