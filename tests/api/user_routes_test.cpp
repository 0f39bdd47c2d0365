// SPDX-License-Identifier: MIT
// POST/DELETE /admin/users/:id end to end: update with Medusa's validation, delete with the
// user's login (or only its user_id when the identity serves another actor), events, and the
// compensation of both workflows.
#include <QtTest>

#include "auth_test_app.h"
#include "medusa/core/error.h"
#include "workflows/user/workflows/remove_user_account_workflow.h"
#include "workflows/user/workflows/update_users_workflow.h"

using namespace medusa;
namespace bj = boost::json;
using test::bearer;

namespace {

const auto failStep =
    workflow::makeStep("fail-step", [](const std::string&, workflow::StepContext&) {
      throw Error(ErrorType::UnexpectedState, "injected failure");
    });

// The real workflows, then a failing last step: everything they did must be undone.
const auto removeThenFail = workflow::makeWorkflow(
    "remove-user-then-fail", [](const std::string& id, workflow::Flow& flow) {
      flow.run(server::workflows::removeUserAccountWorkflow, id);
      flow.run(failStep, id);
      return id;
    });
const auto updateThenFail = workflow::makeWorkflow(
    "update-users-then-fail", [](const bj::array& updates, workflow::Flow& flow) {
      flow.run(server::workflows::updateUsersWorkflow, updates);
      flow.run(failStep, std::string());
      return updates;
    });

}  // namespace

class UserRoutesTest : public QObject {
  Q_OBJECT

  test::AuthTestApp m_app;
  std::string m_adminId;
  std::string m_token;

  test::RawResponse get(const std::string& path) {
    return m_app.send("GET", path, nullptr, bearer(m_token));
  }

 private slots:
  void initTestCase() {
    m_app.start("user_routes");
    m_adminId = m_app.createAdmin("admin@users-test.com", "supersecret");
    m_token = m_app.login("admin@users-test.com", "supersecret");
    QVERIFY(!m_token.empty());
  }
  void cleanupTestCase() { m_app.stop(); }

  void updatesAUser() {
    const auto id = m_app.createAdmin("ann@users-test.com", "pw-ann");
    const auto response = m_app.send(
        "POST", "/admin/users/" + id + "?fields=id,first_name,metadata",
        bj::object{
            {"first_name", "Ann"}, {"avatar_url", nullptr}, {"metadata", bj::object{{"k", 1}}}},
        bearer(m_token));
    QCOMPARE(response.status, 200);
    const auto user = response.json().at("user").as_object();
    QCOMPARE(user.size(), std::size_t(3));
    QCOMPARE(user.at("first_name").as_string(), "Ann");
    QCOMPARE(user.at("metadata").at("k").as_int64(), 1);
    const auto events = m_app.events("user.updated");
    QVERIFY(std::any_of(events.begin(), events.end(),
                        [&](const auto& e) { return e.data.at("id").as_string() == id; }));
  }

  void updateValidatesLikeMedusa() {
    const auto id = m_app.createAdmin("bob@users-test.com", "pw-bob");
    auto response =
        m_app.send("POST", "/admin/users/" + id, bj::object{{"email", "x@y.z"}}, bearer(m_token));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().at("type").as_string(), "invalid_data");
    QCOMPARE(response.json().at("message").as_string(),
             "Invalid request: Unrecognized fields: 'email'");
    response =
        m_app.send("POST", "/admin/users/" + id, bj::object{{"first_name", 5}}, bearer(m_token));
    QCOMPARE(response.status, 400);
    QVERIFY(std::string(response.json().at("message").as_string()).find("first_name") !=
            std::string::npos);
    response = m_app.send("POST", "/admin/users/user_nope", bj::object{{"first_name", "X"}},
                          bearer(m_token));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json().at("message").as_string(), "User with id: user_nope was not found");
    QCOMPARE(m_app.send("POST", "/admin/users/" + id, bj::object{{"first_name", "X"}}).status, 401);
  }

  void aUserCannotDeleteItself() {
    const auto response =
        m_app.send("DELETE", "/admin/users/" + m_adminId, nullptr, bearer(m_token));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().at("type").as_string(), "not_allowed");
    QCOMPARE(response.json().at("message").as_string(), "A user cannot delete itself");
    QCOMPARE(get("/admin/users/" + m_adminId).status, 200);
  }

  void deletesTheUserAndItsLogin() {
    const auto id = m_app.createAdmin("carl@users-test.com", "pw-carl");
    QVERIFY(!m_app.login("carl@users-test.com", "pw-carl").empty());
    const auto response = m_app.send("DELETE", "/admin/users/" + id, nullptr, bearer(m_token));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json(),
             bj::value(bj::object{{"id", id}, {"object", "user"}, {"deleted", true}}));
    QCOMPARE(get("/admin/users/" + id).status, 404);
    QVERIFY(m_app.login("carl@users-test.com", "pw-carl").empty());
    QVERIFY(!m_app.service<auth::AuthModuleService>().findByActor("user", id));
    const auto events = m_app.events("user.deleted");
    QVERIFY(std::any_of(events.begin(), events.end(),
                        [&](const auto& e) { return e.data.at("id").as_string() == id; }));
    // The e-mail is free again, as after Medusa's delete.
    QVERIFY(!m_app.createAdmin("carl@users-test.com", "pw-carl-2").empty());
  }

  void keepsAnIdentityThatServesAnotherActor() {
    const auto id = m_app.createAdmin("dora@users-test.com", "pw-dora");
    auto& auth = m_app.service<auth::AuthModuleService>();
    const auto identity = auth.findByActor("user", id);
    QVERIFY(identity);
    auth.updateAppMetadata(identity->id, {{"customer_id", "cus_1"}});
    QCOMPARE(m_app.send("DELETE", "/admin/users/" + id, nullptr, bearer(m_token)).status, 200);
    const auto after = auth.retrieveAuthIdentity(identity->id);
    QVERIFY(!after.appMetadata.contains("user_id"));
    QCOMPARE(after.appMetadata.at("customer_id").as_string(), "cus_1");
    QVERIFY(!m_app.login("dora@users-test.com", "pw-dora", "customer").empty());
  }

  void removeUserAccountIsCompensated() {
    const auto id = m_app.createAdmin("eve@users-test.com", "pw-eve");
    const auto before = m_app.events("user.deleted").size();
    const auto run = m_app.workflows().run(removeThenFail, id, {.throwOnError = false});
    QVERIFY(run.state == workflow::TransactionState::Reverted);
    QCOMPARE(get("/admin/users/" + id).status, 200);
    QVERIFY(m_app.service<auth::AuthModuleService>().findByActor("user", id));
    QVERIFY(!m_app.login("eve@users-test.com", "pw-eve").empty());
    QCOMPARE(m_app.events("user.deleted").size(), before);
  }

  void updateUsersIsCompensated() {
    const auto id = m_app.createAdmin("fay@users-test.com", "pw-fay");
    m_app.send("POST", "/admin/users/" + id, bj::object{{"first_name", "Fay"}}, bearer(m_token));
    const auto run = m_app.workflows().run(
        updateThenFail, bj::array{bj::object{{"id", id}, {"first_name", "Changed"}}},
        {.throwOnError = false});
    QVERIFY(run.state == workflow::TransactionState::Reverted);
    const auto user = get("/admin/users/" + id).json().at("user");
    QCOMPARE(user.at("first_name").as_string(), "Fay");
  }
};

QTEST_GUILESS_MAIN(UserRoutesTest)
#include "user_routes_test.moc"
