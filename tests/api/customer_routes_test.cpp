// SPDX-License-Identifier: MIT
// Customers end to end against medusa-server: the storefront sign-up (register → create →
// login → me), the address book with its default flags, the store guard's exact 401s, body
// validation, and the admin customer and customer-group routes.
#include <QtTest>
#include <optional>
#include <pqxx/pqxx>

#include "medusa/core/jwt.h"
#include "raw_client.h"
#include "server_process.h"

namespace bj = boost::json;
using medusa::test::RawResponse;

namespace {

const char* const kAdminEmail = "admin@medusa-test.com";
const char* const kPassword = "supersecret";
const char* const kPublishableKey = "pk_customer_routes_test";
const char* const kUnauthorized = "{\"message\":\"Unauthorized\"}";

std::string text(const bj::value& value) {
  return std::string(value.as_string());
}

}  // namespace

class CustomerRoutesTest : public QObject {
  Q_OBJECT

  medusa::test::ServerProcess m_server{
      {.database = "customer_routes", .adminEmail = kAdminEmail, .adminPassword = kPassword}};
  std::string m_admin;  // admin bearer token

  // One request; /store requests carry the publishable key. `token` empty: no Authorization.
  RawResponse call(const std::string& method, const std::string& path, const std::string& token,
                   const std::optional<bj::object>& body = std::nullopt) {
    std::string headers;
    if (!token.empty()) headers += "Authorization: Bearer " + token + "\r\n";
    if (path.starts_with("/store"))
      headers += std::string("x-publishable-api-key: ") + kPublishableKey + "\r\n";
    const auto payload = body ? medusa::json::stringify(*body) : std::string();
    if (body) headers += "Content-Type: application/json\r\n";
    return medusa::test::exchange(
        m_server.port(), method + " " + path + " HTTP/1.1\r\nHost: x\r\n" + headers +
                             "Content-Length: " + std::to_string(payload.size()) + "\r\n\r\n" +
                             payload);
  }
  RawResponse get(const std::string& path, const std::string& token) {
    return call("GET", path, token);
  }
  RawResponse post(const std::string& path, const std::string& token, const bj::object& body) {
    return call("POST", path, token, body);
  }
  RawResponse del(const std::string& path, const std::string& token) {
    return call("DELETE", path, token);
  }

  std::string token(const std::string& path, const char* email) {
    const auto response = post(path, {}, {{"email", email}, {"password", kPassword}});
    return response.status == 200 ? text(response.json().at("token")) : std::string();
  }
  // register → POST /store/customers → login: a signed-in customer's token.
  std::string signUp(const char* email, bj::object data = {}) {
    const auto registration = token("/auth/customer/emailpass/register", email);
    data["email"] = email;
    const auto created = post("/store/customers", registration, data);
    if (created.status != 200) qWarning("sign-up failed: %s", created.body.c_str());
    return token("/auth/customer/emailpass", email);
  }
  static std::string messageOf(const RawResponse& response) {
    return text(response.json().at("message"));
  }

 private slots:
  void initTestCase() {
    QVERIFY2(m_server.prepare(), m_server.error().c_str());
    {  // The /store guard needs a publishable key; no admin route for keys is needed here.
      pqxx::connection connection(m_server.databaseUrl());
      pqxx::work tx(connection);
      tx.exec_params(
          "INSERT INTO api_key (id, token, redacted, title, type, created_by) "
          "VALUES ('apk_customer_test', $1, 'pk_cus***est', 'Test', 'publishable', "
          "'user_test')",
          kPublishableKey);
      tx.commit();
    }
    QVERIFY2(m_server.start(), m_server.error().c_str());
    m_admin = token("/auth/user/emailpass", kAdminEmail);
    QVERIFY2(!m_admin.empty(), "medusa-server did not start or the admin cannot log in");
  }

  void cleanupTestCase() { m_server.stop(); }

  void registerCreateLoginMe() {
    const auto registration = token("/auth/customer/emailpass/register", "jane@example.com");
    QVERIFY(!registration.empty());
    QCOMPARE(post("/store/customers", {}, {{"email", "jane@example.com"}}).status, 401);
    const auto created = post("/store/customers", registration,
                              {{"email", "jane@example.com"},
                               {"first_name", "Jane"},
                               {"metadata", bj::object{{"vip", true}}}});
    QCOMPARE(created.status, 200);
    const auto customer = created.json().at("customer").as_object();
    QVERIFY(text(customer.at("id")).starts_with("cus_"));
    QCOMPARE(customer.at("has_account").as_bool(), true);
    QCOMPARE(customer.at("first_name").as_string(), "Jane");
    QCOMPARE(customer.at("addresses").as_array().size(), std::size_t(0));
    QCOMPARE(customer.size(), std::size_t(12));  // defaultStoreCustomersFields

    // The same registration token again: the e-mail already has an account.
    const auto again = post("/store/customers", registration, {{"email", "jane@example.com"}});
    QCOMPARE(again.status, 422);
    QCOMPARE(messageOf(again), std::string("Customer with this email already has an account"));

    const auto signedIn = token("/auth/customer/emailpass", "jane@example.com");
    const auto claims = medusa::jwt::verify(signedIn, "test-jwt-secret");
    QVERIFY(claims);
    QCOMPARE(claims->at("actor_id"), customer.at("id"));
    const auto me = get("/store/customers/me", signedIn);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().at("customer").at("id"), customer.at("id"));
    const auto narrow = get("/store/customers/me?fields=id,email", signedIn);
    QCOMPARE(narrow.json().at("customer").as_object().size(), std::size_t(2));
    QCOMPARE(get("/store/customers/me?fields=id,password", signedIn).status, 400);

    const auto twice = post("/store/customers", signedIn, {{"email", "other@example.com"}});
    QCOMPARE(twice.status, 400);
    QCOMPARE(messageOf(twice), std::string("Request already authenticated as a customer."));

    const auto updated = post("/store/customers/me", signedIn, {{"last_name", "Doe"}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().at("customer").at("last_name").as_string(), "Doe");
    const auto noEmail = post("/store/customers/me", signedIn, {{"email", "x@example.com"}});
    QCOMPARE(noEmail.status, 400);
    QCOMPARE(messageOf(noEmail), std::string("Invalid request: Unrecognized fields: 'email'"));
  }

  void registrationBodyIsValidated() {
    const auto registration = token("/auth/customer/emailpass/register", "val@example.com");
    const auto check = [&](const bj::object& body, int status, const std::string& message) {
      const auto response = post("/store/customers", registration, body);
      QCOMPARE(response.status, status);
      QCOMPARE(messageOf(response), message);
    };
    check({{"first_name", "No"}}, 400, "Email is required to create a customer");
    check({{"email", "val@example.com"}, {"foo", 1}}, 400,
          "Invalid request: Unrecognized fields: 'foo'");
    check({{"email", "val@example.com"}, {"first_name", 1}}, 400,
          "Invalid request: Expected type: 'string' for field 'first_name', got: 'number'");
    check({{"email", "not-an-email"}}, 400, "Invalid request: Invalid email");
    // Nothing was created by the refused requests: the e-mail is still free.
    QCOMPARE(post("/store/customers", registration, {{"email", "val@example.com"}}).status, 200);
  }

  void storeGuardAnswersExactly401() {
    const auto registration = token("/auth/customer/emailpass/register", "guard@example.com");
    for (const auto& credentials : {std::string(), std::string("garbage"), m_admin, registration}) {
      for (const char* path : {"/store/customers/me", "/store/customers/me/addresses"}) {
        const auto response = get(path, credentials);
        QCOMPARE(response.status, 401);
        QCOMPARE(QByteArray::fromStdString(response.body), QByteArray(kUnauthorized));
      }
    }
  }

  void addressBookKeepsOneDefault() {
    const auto jim = signUp("jim@example.com");
    const auto first = post("/store/customers/me/addresses", jim,
                            {{"address_1", "1 Main St"},
                             {"city", "Paris"},
                             {"country_code", "fr"},
                             {"is_default_shipping", true}});
    QCOMPARE(first.status, 200);
    const auto addresses = first.json().at("customer").at("addresses").as_array();
    QCOMPARE(addresses.size(), std::size_t(1));
    const auto firstId = text(addresses.at(0).at("id"));
    QVERIFY(firstId.starts_with("cuaddr_"));

    const auto second = post("/store/customers/me/addresses", jim,
                             {{"city", "Lyon"}, {"is_default_shipping", true}});
    QCOMPARE(second.status, 200);
    const auto list = get("/store/customers/me/addresses?order=created_at", jim);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().at("count").as_int64(), 2);
    QCOMPARE(list.json().at("limit").as_int64(), 50);
    const auto rows = list.json().at("addresses").as_array();
    QCOMPARE(rows.at(0).at("is_default_shipping").as_bool(), false);
    QCOMPARE(rows.at(1).at("is_default_shipping").as_bool(), true);
    const auto secondId = text(rows.at(1).at("id"));
    QCOMPARE(get("/store/customers/me/addresses?city=Lyon", jim).json().at("count").as_int64(), 1);
    QCOMPARE(get("/store/customers/me/addresses?foo=1", jim).status, 400);

    const auto one = get("/store/customers/me/addresses/" + firstId, jim);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().at("address").at("city").as_string(), "Paris");

    const auto updated = post("/store/customers/me/addresses/" + firstId, jim,
                              {{"is_default_shipping", true}, {"postal_code", "75001"}});
    QCOMPARE(updated.status, 200);
    const auto book = updated.json();
    for (const auto& row : book.at("customer").at("addresses").as_array()) {
      QCOMPARE(row.at("is_default_shipping").as_bool(), text(row.at("id")) == firstId);
    }

    // Someone else's address is as unknown as a missing one.
    const auto ann = signUp("ann@example.com");
    const auto foreign = get("/store/customers/me/addresses/" + firstId, ann);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(messageOf(foreign), "Address with id: " + firstId + " was not found");
    QCOMPARE(del("/store/customers/me/addresses/" + firstId, ann).status, 404);

    const auto deleted = del("/store/customers/me/addresses/" + secondId, jim);
    QCOMPARE(deleted.status, 200);
    const auto body = deleted.json().as_object();
    QCOMPARE(body.at("object").as_string(), "address");
    QCOMPARE(body.at("deleted").as_bool(), true);
    QCOMPARE(body.at("id"), body.at("parent").at("id"));  // Medusa's quirk: the customer's id
    QCOMPARE(get("/store/customers/me/addresses", jim).json().at("count").as_int64(), 1);
  }

  void adminManagesCustomers() {
    const auto created = post("/admin/customers", m_admin,
                              {{"email", "guest@example.com"},
                               {"company_name", "ACME"},
                               {"additional_data", bj::object{{"x", 1}}}});
    QCOMPARE(created.status, 200);
    const auto customer = created.json().at("customer").as_object();
    const auto id = text(customer.at("id"));
    QCOMPARE(customer.at("has_account").as_bool(), false);
    const auto me = get("/admin/users/me", m_admin).json().at("user").at("id");
    QCOMPARE(customer.at("created_by"), me);

    const auto duplicate = post("/admin/customers", m_admin, {{"email", "guest@example.com"}});
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(text(duplicate.json().at("type")), std::string("invalid_data"));

    QCOMPARE(get("/admin/customers?q=acme", m_admin).json().at("count").as_int64(), 1);
    const auto guests = get("/admin/customers?has_account=false", m_admin).json();
    QCOMPARE(guests.at("count").as_int64(), 1);
    QCOMPARE(guests.at("limit").as_int64(), 50);
    QVERIFY(get("/admin/customers?has_account=true", m_admin).json().at("count").as_int64() >= 1);
    QCOMPARE(get("/admin/customers?nope=1", m_admin).status, 400);

    const auto updated = post("/admin/customers/" + id, m_admin, {{"phone", "123"}});
    QCOMPARE(updated.json().at("customer").at("phone").as_string(), "123");
    const auto missing = get("/admin/customers/cus_nope", m_admin);
    QCOMPARE(missing.status, 404);
    QCOMPARE(messageOf(missing), std::string("Customer with id: cus_nope not found"));
    QCOMPARE(post("/admin/customers/cus_nope", m_admin, {{"phone", "1"}}).status, 404);

    const auto withAddress = post("/admin/customers/" + id + "/addresses", m_admin,
                                  {{"city", "Oslo"}, {"is_default_billing", true}});
    QCOMPARE(withAddress.status, 200);
    const auto list = get("/admin/customers/" + id + "/addresses", m_admin).json();
    QCOMPARE(list.at("count").as_int64(), 1);
    const auto addressId = text(list.at("addresses").at(0).at("id"));
    const auto removed = del("/admin/customers/" + id + "/addresses/" + addressId, m_admin);
    QCOMPARE(removed.json().at("object").as_string(), "customer_address");
    QCOMPARE(text(removed.json().at("id")), addressId);

    const auto gone = del("/admin/customers/" + id, m_admin);
    QCOMPARE(gone.status, 200);
    QCOMPARE(gone.json().at("object").as_string(), "customer");
    QCOMPARE(get("/admin/customers/" + id, m_admin).status, 404);
    QCOMPARE(get("/admin/customers", {}).status, 401);
  }

  void adminManagesCustomerGroups() {
    const auto created = post("/admin/customer-groups", m_admin, {{"name", "VIP"}});
    QCOMPARE(created.status, 200);
    const auto group = created.json().at("customer_group").as_object();
    const auto groupId = text(group.at("id"));
    QVERIFY(groupId.starts_with("cusgroup_"));
    QCOMPARE(group.size(), std::size_t(7));
    QCOMPARE(post("/admin/customer-groups", m_admin, {{"name", "VIP"}}).status, 400);
    QCOMPARE(post("/admin/customer-groups", m_admin, bj::object{}).status, 400);

    const auto customerId =
        text(post("/admin/customers", m_admin, {{"email", "member@example.com"}})
                 .json()
                 .at("customer")
                 .at("id"));
    const auto added = post("/admin/customer-groups/" + groupId + "/customers", m_admin,
                            {{"add", bj::array{customerId.c_str()}}});
    QCOMPARE(added.status, 200);
    const auto withGroups =
        get("/admin/customers/" + customerId + "?fields=id,groups.name", m_admin).json();
    QCOMPARE(withGroups.at("customer").at("groups").at(0).at("name").as_string(), "VIP");
    QCOMPARE(get("/admin/customer-groups?customers=" + customerId, m_admin)
                 .json()
                 .at("count")
                 .as_int64(),
             1);
    QCOMPARE(get("/admin/customers?groups=" + groupId, m_admin).json().at("count").as_int64(), 1);

    post("/admin/customers/" + customerId + "/customer-groups", m_admin,
         {{"remove", bj::array{groupId.c_str()}}});
    QCOMPARE(get("/admin/customers?groups=" + groupId, m_admin).json().at("count").as_int64(), 0);

    const auto renamed = post("/admin/customer-groups/" + groupId, m_admin, {{"name", "Gold"}});
    QCOMPARE(renamed.json().at("customer_group").at("name").as_string(), "Gold");
    QCOMPARE(get("/admin/customer-groups?q=gol", m_admin).json().at("count").as_int64(), 1);
    const auto deleted = del("/admin/customer-groups/" + groupId, m_admin);
    QCOMPARE(deleted.json().at("object").as_string(), "customer_group");
    QCOMPARE(get("/admin/customer-groups/" + groupId, m_admin).status, 404);
  }
};

QTEST_GUILESS_MAIN(CustomerRoutesTest)
#include "customer_routes_test.moc"
