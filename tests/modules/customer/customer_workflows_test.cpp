// SPDX-License-Identifier: MIT
// The customer workflows on a real database with the workflow engine: registering a customer
// account (and undoing all of it when a later step fails), default-address flags restored on
// failure, group membership changes undone, and the customer.* events.
#include <QtTest>

#include "error_of.h"
#include "medusa/auth/auth_module.h"
#include "medusa/auth/auth_module_service.h"
#include "medusa/customer/customer_module.h"
#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflow_engine.h"
#include "module_test_app.h"
#include "workflows/customer/workflows/create_customer_account_workflow.h"
#include "workflows/customer/workflows/customer_address_workflows.h"
#include "workflows/customer/workflows/customer_group_workflows.h"
#include "workflows/customer/workflows/remove_customer_account_workflow.h"

using namespace medusa;
using namespace medusa::server::workflows;
namespace bj = boost::json;
namespace wf = medusa::workflow;

namespace {

const auto failStep = wf::makeStep("fail-at-the-end", [](const bool& fail, wf::StepContext&) {
  if (fail) throw Error(ErrorType::InvalidData, "fails after everything else");
  return true;
});

// Runs `inner` nested, then a step that fails when input.fail is true.
template <class W>
auto failingAfter(const char* id, const W& inner) {
  return wf::makeWorkflow(id, [inner](const bj::object& in, wf::Flow& flow) {
    auto out = flow.run(inner, in.at("input").as_object());
    flow.run(failStep, in.at("fail").as_bool());
    return bj::value_from(out);
  });
}

const auto accountThenFail = failingAfter("test-customer-account", createCustomerAccountWorkflow);
const auto addressThenFail = failingAfter("test-customer-address", createCustomerAddressesWorkflow);
const auto linkThenFail = failingAfter("test-customer-link", linkCustomersToCustomerGroupWorkflow);

std::string stateOf(wf::TransactionState state) {
  return std::string(wf::toString(state));
}

}  // namespace

class CustomerWorkflowsTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  std::unique_ptr<wf::WorkflowEngine> m_engine;

  customer::CustomerModuleService& customers() {
    return m_app.services->resolve<customer::CustomerModuleService>();
  }
  auth::AuthModuleService& auth() { return m_app.services->resolve<auth::AuthModuleService>(); }

  template <class W>
  auto run(const W& workflow, bj::object input, bool fail) {
    return m_engine->run(workflow, bj::object{{"input", std::move(input)}, {"fail", fail}},
                         {.throwOnError = false});
  }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("customer_workflows",
                                {auth::moduleDefinition(), customer::moduleDefinition()});
    m_engine = std::make_unique<wf::WorkflowEngine>(
        wf::WorkflowEngineOptions{.container = m_app.services});
  }

  void cleanupTestCase() { m_engine.reset(); }

  void createsAnAccountAndAttachesTheIdentity() {
    const auto identity = auth().registerIdentity("ok@example.com", "pw");
    const auto result = run(accountThenFail,
                            {{"authIdentityId", identity.id},
                             {"customerData", bj::object{{"email", "ok@example.com"}}}},
                            false);
    QCOMPARE(stateOf(result.state), std::string("done"));
    const auto& customer = result.value().as_object();
    QCOMPARE(customer.at("has_account").as_bool(), true);
    QCOMPARE(auth().retrieveAuthIdentity(identity.id).appMetadata.at("customer_id"),
             customer.at("id"));
  }

  void removingAnAccountDetachesTheIdentity() {
    const auto identity = auth().registerIdentity("bye@example.com", "pw");
    const auto created =
        m_engine->run(createCustomerAccountWorkflow,
                      bj::object{{"authIdentityId", identity.id},
                                 {"customerData", bj::object{{"email", "bye@example.com"}}}});
    const std::string id(created.value().at("id").as_string());
    m_engine->run(removeCustomerAccountWorkflow, bj::object{{"customerId", id}});
    QVERIFY(customers().listCustomers({{"id", id}}).empty());
    QVERIFY(!auth().retrieveAuthIdentity(identity.id).appMetadata.contains("customer_id"));
    // A guest (no identity) is simply deleted.
    const auto guest = customers().createCustomers(bj::array{bj::object{{"email", "g@x.com"}}});
    const std::string guestId(guest.at(0).at("id").as_string());
    QCOMPARE(
        stateOf(m_engine->run(removeCustomerAccountWorkflow, bj::object{{"customerId", guestId}})
                    .state),
        std::string("done"));
  }

  void aFailingLastStepLeavesNothingBehind() {
    const auto identity = auth().registerIdentity("undo@example.com", "pw");
    const auto result = run(accountThenFail,
                            {{"authIdentityId", identity.id},
                             {"customerData", bj::object{{"email", "undo@example.com"}}}},
                            true);
    QCOMPARE(stateOf(result.state), std::string("reverted"));
    QVERIFY(customers().listCustomers({{"email", "undo@example.com"}}).empty());
    QVERIFY(customers()
                .entity("customer")
                .list({.filters = {{"email", "undo@example.com"}}, .withDeleted = true})
                .empty());
    QVERIFY(!auth().retrieveAuthIdentity(identity.id).appMetadata.contains("customer_id"));
  }

  void validationRefusesMissingAndTakenEmails() {
    const auto identity = auth().registerIdentity("taken@example.com", "pw");
    const auto noEmail = run(
        accountThenFail, {{"authIdentityId", identity.id}, {"customerData", bj::object{}}}, false);
    QCOMPARE(stateOf(noEmail.state), std::string("reverted"));
    QCOMPARE(noEmail.errors.at(0).message, std::string("Email is required to create a customer"));
    customers().createCustomers(
        bj::array{bj::object{{"email", "taken@example.com"}, {"has_account", true}}});
    const auto taken = run(accountThenFail,
                           {{"authIdentityId", identity.id},
                            {"customerData", bj::object{{"email", "taken@example.com"}}}},
                           false);
    QCOMPARE(taken.errors.at(0).message,
             std::string("Customer with this email already has an account"));
  }

  void aFailedAddressCreateGivesTheDefaultFlagBack() {
    const auto id = std::string(customers()
                                    .createCustomers(bj::array{bj::object{{"email", "addr@x.com"}}})
                                    .at(0)
                                    .at("id")
                                    .as_string());
    const auto old = customers().createCustomerAddresses(
        bj::array{bj::object{{"customer_id", id}, {"is_default_shipping", true}}});
    const bj::object input{
        {"addresses", bj::array{bj::object{{"customer_id", id}, {"is_default_shipping", true}}}}};
    QCOMPARE(stateOf(run(addressThenFail, input, true).state), std::string("reverted"));
    auto rows = customers().listCustomerAddresses({{"customer_id", id}});
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows.at(0).at("is_default_shipping").as_bool(), true);

    QCOMPARE(stateOf(run(addressThenFail, input, false).state), std::string("done"));
    rows = customers().listCustomerAddresses({{"customer_id", id}, {"is_default_shipping", true}});
    QCOMPARE(rows.size(), std::size_t(1));
    QVERIFY(rows.at(0).at("id") != old.at(0).at("id"));
  }

  void aFailedLinkUndoesOnlyWhatItChanged() {
    const auto group = std::string(customers()
                                       .createCustomerGroups(bj::array{bj::object{{"name", "G"}}})
                                       .at(0)
                                       .at("id")
                                       .as_string());
    const auto made = customers().createCustomers(
        bj::array{bj::object{{"email", "m1@x.com"}}, bj::object{{"email", "m2@x.com"}}});
    const std::string a(made.at(0).at("id").as_string()), b(made.at(1).at("id").as_string());
    customers().addCustomerToGroup({{a, group}});
    const bj::object input{{"id", group}, {"add", bj::array{a.c_str(), b.c_str()}}};
    QCOMPARE(stateOf(run(linkThenFail, input, true).state), std::string("reverted"));
    // `a` was a member before and stays one; `b` was added and is removed again.
    QVERIFY(customers().removeCustomerFromGroup({{b, group}}).empty());
    QCOMPARE(customers().removeCustomerFromGroup({{a, group}}).size(), std::size_t(1));
  }
};

QTEST_APPLESS_MAIN(CustomerWorkflowsTest)
#include "customer_workflows_test.moc"
