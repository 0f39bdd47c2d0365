// SPDX-License-Identifier: MIT
// Every /admin route the serving process registers, taken from the router itself so a new route
// family is covered the day it lands, answers exactly Medusa's 401 to the real medusa-server
// without credentials, with a garbage or tampered bearer token and with an unknown secret key.
#include <QtTest>

#include <string>
#include <vector>

#include "api/route_list.h"
#include "api/store/common/publishable_key_cache.h"
#include "config/database_runtime.h"
#include "http/router.h"
#include "modules/application.h"
#include "raw_client.h"
#include "server_process.h"

using namespace medusa;

namespace {

constexpr std::string_view kUnauthorized = R"({"message":"Unauthorized"})";

// "POST /admin/products/:id/variants/:variant_id" -> {"POST", "/admin/products/x_1/variants/x_1"}
std::pair<std::string, std::string> concrete(const std::string& route) {
  const auto space = route.find(' ');
  std::string method = route.substr(0, space);
  std::string path;
  std::size_t at = space + 1;
  while (at < route.size()) {
    const auto slash = route.find('/', at + 1);
    std::string segment = route.substr(at, slash == std::string::npos ? std::string::npos
                                                                         : slash - at);
    path += segment.size() > 1 && segment[1] == ':' ? std::string("/x_1") : segment;
    at = slash == std::string::npos ? route.size() : slash;
  }
  return {method, path};
}

std::string request(const std::string& method, const std::string& path,
                    const std::string& headers) {
  std::string out = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers;
  if (method == "POST" || method == "PUT" || method == "PATCH") {
    out += "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
  } else {
    out += "\r\n";
  }
  return out;
}

}  // namespace

class AdminGuardTest : public QObject {
  Q_OBJECT

  test::ServerProcess m_server{{.database = "admin_guard"}};
  std::vector<std::string> m_adminRoutes;

 private slots:
  void initTestCase() {
    QVERIFY2(m_server.prepare(), m_server.error().c_str());
    QVERIFY2(m_server.start(), m_server.error().c_str());
    // The same registration as `medusa-server start`, to read the route list.
    Config config;
    config.databaseUrl = m_server.databaseUrl();
    server::DatabaseRuntime database(config);
    server::Application application(config, database.pool());
    api::PublishableKeyCache keys(application.query());
    http::Router router;
    server::registerRoutes(router, application, config, keys);
    for (const auto& route : router.routes()) {
      if (route.find(" /admin/") != std::string::npos) m_adminRoutes.push_back(route);
    }
  }

  void cleanupTestCase() { m_server.stop(); }

  void everyFamilyIsListed() {
    QVERIFY(m_adminRoutes.size() > 80);
    for (const char* family : {"/admin/products", "/admin/users", "/admin/invites",
                               "/admin/api-keys", "/admin/customers", "/admin/customer-groups",
                               "/admin/regions", "/admin/sales-channels", "/admin/stock-locations",
                               "/admin/inventory-items", "/admin/stores", "/admin/currencies"}) {
      bool found = false;
      for (const auto& route : m_adminRoutes) found = found || route.find(family) != route.npos;
      QVERIFY2(found, family);
    }
  }

  void everyAdminRouteRefusesMissingOrBadCredentials_data() {
    QTest::addColumn<QString>("headers");
    QTest::newRow("none") << QString();
    QTest::newRow("garbage bearer") << QString("Authorization: Bearer not-a-jwt\r\n");
    QTest::newRow("tampered bearer")
        << QString("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                   "eyJhY3Rvcl9pZCI6InVzZXJfMSIsImFjdG9yX3R5cGUiOiJ1c2VyIn0.AAAA\r\n");
    QTest::newRow("unknown secret key")
        << QString("Authorization: Basic c2tfMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA6\r\n");
    QTest::newRow("foreign session cookie") << QString("Cookie: connect.sid=s%3Anope.nope\r\n");
  }

  void everyAdminRouteRefusesMissingOrBadCredentials() {
    QFETCH(QString, headers);
    for (const auto& route : m_adminRoutes) {
      const auto [method, path] = concrete(route);
      const auto response =
          test::exchange(m_server.port(), request(method, path, headers.toStdString()));
      const auto where = route + " -> " + std::to_string(response.status) + " " + response.body;
      QVERIFY2(response.status == 401, where.c_str());
      QVERIFY2(response.body == kUnauthorized, where.c_str());
    }
  }
};

QTEST_GUILESS_MAIN(AdminGuardTest)
#include "admin_guard_test.moc"
