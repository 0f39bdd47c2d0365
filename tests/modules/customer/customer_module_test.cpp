// SPDX-License-Identifier: MIT
// The customer module on a real database: ids, e-mail unique per has_account among live
// customers, one default shipping/billing address per customer, groups and membership, and the
// relations Query reads (customer.addresses, customer.groups, group.customers).
#include "medusa/customer/customer_module.h"

#include <QtTest>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/customer/customer_module_service.h"
#include "medusa/framework/query_engine.h"
#include "module_test_app.h"

using namespace medusa;
using customer::CustomerModuleService;
namespace bj = boost::json;

using test::errorOf;

class CustomerModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  CustomerModuleService& service() { return m_app.services->resolve<CustomerModuleService>(); }

  std::string createCustomer(const char* email, bool hasAccount = false) {
    const auto rows = service().createCustomers(
        bj::array{bj::object{{"email", email}, {"has_account", hasAccount}}});
    return std::string(rows.at(0).at("id").as_string());
  }
  std::string createAddress(const std::string& customerId, bj::object data) {
    data["customer_id"] = customerId;
    return std::string(
        service().createCustomerAddresses(bj::array{data}).at(0).at("id").as_string());
  }
  // id -> {is_default_shipping, is_default_billing} of a customer's live addresses.
  std::map<std::string, std::pair<bool, bool>> flags(const std::string& customerId) {
    std::map<std::string, std::pair<bool, bool>> out;
    for (const auto& row : service().listCustomerAddresses({{"customer_id", customerId}})) {
      out[std::string(row.at("id").as_string())] = {row.at("is_default_shipping").as_bool(),
                                                    row.at("is_default_billing").as_bool()};
    }
    return out;
  }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("customer_module", {customer::moduleDefinition()});
  }

  void createsCustomersWithDefaults() {
    const auto rows = service().createCustomers(
        bj::array{bj::object{{"email", "ann@example.com"}, {"first_name", "Ann"}}});
    const auto& row = rows.at(0).as_object();
    QVERIFY(row.at("id").as_string().starts_with("cus_"));
    QCOMPARE(row.at("id").as_string().size(), std::size_t(4 + 26));
    QCOMPARE(row.at("has_account").as_bool(), false);
    QVERIFY(row.at("last_name").is_null());
    QVERIFY(row.at("created_by").is_null());
  }

  void emailIsUniquePerHasAccountAmongLiveCustomers() {
    const auto guest = createCustomer("dup@example.com", false);
    createCustomer("dup@example.com", true);  // a registered one may share a guest's e-mail
    const auto error = errorOf([&] { createCustomer("dup@example.com", false); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
    QVERIFY2(error->message().starts_with("Customer with email"), error->message().c_str());
    service().softDeleteCustomers({guest});
    createCustomer("dup@example.com", false);
  }

  void updatesAndUnknownIdIsNotFound() {
    const auto id = createCustomer("upd@example.com");
    const auto updated =
        service().updateCustomers(bj::array{bj::object{{"id", id}, {"last_name", "Lee"}}});
    QCOMPARE(updated.at(0).at("last_name").as_string(), "Lee");
    const auto error = errorOf([&] {
      service().updateCustomers(bj::array{bj::object{{"id", "cus_nope"}, {"phone", "1"}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), std::string("Customer with id: cus_nope was not found"));
  }

  void aNewDefaultAddressTakesTheFlagFromTheOldOne() {
    const auto id = createCustomer("flags@example.com");
    const auto first = createAddress(
        id, {{"city", "Paris"}, {"is_default_shipping", true}, {"is_default_billing", true}});
    const auto second = createAddress(id, {{"city", "Lyon"}, {"is_default_shipping", true}});
    auto now = flags(id);
    QCOMPARE(now.at(first), std::make_pair(false, true));
    QCOMPARE(now.at(second), std::make_pair(true, false));

    service().updateCustomerAddresses(
        bj::array{bj::object{{"id", first}, {"is_default_shipping", true}}});
    now = flags(id);
    QCOMPARE(now.at(first), std::make_pair(true, true));
    QCOMPARE(now.at(second), std::make_pair(false, false));

    // Another customer's defaults are untouched.
    const auto other = createCustomer("other@example.com");
    const auto theirs = createAddress(other, {{"is_default_shipping", true}});
    QCOMPARE(flags(other).at(theirs), std::make_pair(true, false));
    QCOMPARE(flags(id).at(first), std::make_pair(true, true));
  }

  void unsetDefaultAddressesReportsWhatItCleared() {
    const auto id = createCustomer("unset@example.com");
    const auto address = createAddress(id, {{"is_default_billing", true}});
    const auto cleared = service().unsetDefaultAddresses({id}, "is_default_billing");
    QCOMPARE(cleared, std::vector<std::string>{address});
    QCOMPARE(flags(id).at(address), std::make_pair(false, false));
    QVERIFY(service().unsetDefaultAddresses({id}, "is_default_billing").empty());
  }

  void softDeletingACustomerTakesItsAddresses() {
    const auto id = createCustomer("gone@example.com");
    createAddress(id, {{"city", "Rome"}});
    service().softDeleteCustomers({id});
    QVERIFY(flags(id).empty());
    service().restoreCustomers({id});
    QCOMPARE(flags(id).size(), std::size_t(1));
  }

  void groupNamesAreUniqueAndMembershipIsReadThroughQuery() {
    const auto groups = service().createCustomerGroups(bj::array{bj::object{{"name", "VIP"}}});
    const std::string group(groups.at(0).at("id").as_string());
    QVERIFY(group.starts_with("cusgroup_"));
    const auto duplicate = errorOf([&] {
      service().createCustomerGroups(bj::array{bj::object{{"name", "VIP"}}});
    });
    QVERIFY(duplicate);
    QVERIFY(duplicate->type() == ErrorType::InvalidData);
    QVERIFY2(duplicate->message().find("Customer group with name: VIP, already exists.") != std::string::npos,
             duplicate->message().c_str());

    const auto a = createCustomer("a@groups.com");
    const auto b = createCustomer("b@groups.com");
    auto added = service().addCustomerToGroup({{a, group}, {b, group}});
    QCOMPARE(added.size(), std::size_t(2));
    // Adding again changes nothing and reports nothing to undo.
    QVERIFY(service().addCustomerToGroup({{a, group}}).empty());

    const auto& query = m_app.registry->query();
    auto members = query.graph({.entity = "customer_group",
                                .fields = {"id", "customers.email"},
                                .filters = {{"id", group}}});
    QCOMPARE(members.rows.at(0).at("customers").as_array().size(), std::size_t(2));
    auto withGroups = query.graph(
        {.entity = "customer", .fields = {"id", "groups.name"}, .filters = {{"id", a}}});
    QCOMPARE(withGroups.rows.at(0).at("groups").at(0).at("name").as_string(), "VIP");

    const auto removed = service().removeCustomerFromGroup({{a, group}, {a, "cusgroup_none"}});
    QCOMPARE(removed.size(), std::size_t(1));
    QCOMPARE(removed.at(0).customerId, a);
    members = query.graph(
        {.entity = "customer_group", .fields = {"customers.id"}, .filters = {{"id", group}}});
    QCOMPARE(members.rows.at(0).at("customers").as_array().size(), std::size_t(1));
  }

  void addingAnUnknownCustomerIsNotFound() {
    const auto groups = service().createCustomerGroups(bj::array{bj::object{{"name", "Ghosts"}}});
    const std::string group(groups.at(0).at("id").as_string());
    const auto error = errorOf([&] { service().addCustomerToGroup({{"cus_nope", group}}); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotFound);
  }
};

QTEST_APPLESS_MAIN(CustomerModuleTest)
#include "customer_module_test.moc"
