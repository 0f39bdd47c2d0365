// SPDX-License-Identifier: MIT
// The default middleware behind the listener: routing errors, JSON bodies, CORS per
// namespace, request ids and error mapping, over real loopback sockets.
#include <QtTest>
#include <stdexcept>

#include "api/health/health_routes.h"
#include "medusa/core/error.h"
#include "medusa/core/log.h"
#include "raw_client.h"
#include "test_server.h"

using namespace std::chrono_literals;
using medusa::test::exchange;
using medusa::test::getRequest;
using medusa::test::postRequest;
using medusa::test::RawClient;
using medusa::test::RawResponse;
namespace http = medusa::http;
namespace json = medusa::json;

class ServerRoutingTest : public QObject {
  Q_OBJECT

 private:
  medusa::test::TestServer m_server;

  std::uint16_t port() const { return m_server.port(); }

 private slots:
  void initTestCase() {
    medusa::log::init({medusa::log::Format::Text, "warn"});
    auto& router = m_server.router();
    medusa::api::registerHealthRoutes(router);
    router.post("/echo", [](http::Request& req) {
      return http::Response::json(200, json::object{{"received", req.json()}});
    });
    router.get("/boom", [](http::Request&) -> http::Response {
      throw std::runtime_error("secret internals");
    });
    router.get("/medusa-error", [](http::Request&) -> http::Response {
      throw medusa::Error(medusa::ErrorType::NotFound, "Region with id: reg_x was not found");
    });
    router.get("/admin/products/:id/variants/:variant_id", [](http::Request& req) {
      return http::Response::json(
          200, json::object{{"id", req.param("id")}, {"variant_id", req.param("variant_id")}});
    });
    router.get("/store/products", [](http::Request&) {
      return http::Response::json(200, json::object{{"products", json::array{}}});
    });
    m_server.start();
    QVERIFY(port() != 0);
  }

  void unknownRouteIs404Json() {
    const auto response = exchange(port(), getRequest("/nope?x=1"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.header("content-type"), std::string("application/json; charset=utf-8"));
    const auto body = response.json();
    QCOMPARE(body.at("type").as_string(), json::string("not_found"));
    QCOMPARE(body.at("message").as_string(), json::string("Cannot GET /nope"));
  }

  void wrongMethodIs405WithAllow() {
    const auto response = exchange(port(), "DELETE /health HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("allow"), std::string("GET, HEAD"));
    QCOMPARE(response.json().at("type").as_string(), json::string("not_allowed"));
  }

  void jsonBodyReachesTheHandler() {
    const auto response =
        exchange(port(), postRequest("/echo", R"({"a":[1,2.5]})", "application/json"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, std::string(R"({"received":{"a":[1,2.5]}})"));
  }

  void emptyJsonBodyIsAnEmptyObject() {
    const auto response = exchange(port(), postRequest("/echo", "", "application/json"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, std::string(R"({"received":{}})"));
  }

  void malformedJsonIs400InvalidData() {
    const auto response =
        exchange(port(), postRequest("/echo", R"({"a":)", "application/json; charset=utf-8"));
    QCOMPARE(response.status, 400);
    const auto body = response.json();
    QCOMPARE(body.at("type").as_string(), json::string("invalid_data"));
    QVERIFY(std::string_view(body.at("message").as_string()).find("JSON") !=
            std::string_view::npos);
  }

  void nonJsonBodyIsNotParsed() {
    // A cross-site form post (text/plain, no preflight) must not be read as a JSON command.
    const auto response = exchange(port(), postRequest("/echo", R"({"a":1})", "text/plain"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, std::string(R"({"received":{}})"));
  }

  void corsPreflight_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("store allowed") << "/store/products"
                                   << "http://store.test" << true;
    QTest::newRow("store second entry") << "/store/carts/x"
                                        << "http://localhost:8000" << true;
    QTest::newRow("store other origin") << "/store/products"
                                        << "http://evil.test" << false;
    QTest::newRow("admin regex") << "/admin/products"
                                 << "https://admin.test:7001" << true;
    QTest::newRow("admin regex miss") << "/admin/products"
                                      << "https://admin.test.evil" << false;
    QTest::newRow("admin gets store origin") << "/admin/users"
                                             << "http://store.test" << false;
    QTest::newRow("auth allowed") << "/auth/user/emailpass"
                                  << "http://auth.test" << true;
    QTest::newRow("auth other origin") << "/auth/user/emailpass"
                                       << "http://store.test" << false;
  }

  void corsPreflight() {
    QFETCH(QString, path);
    QFETCH(QString, origin);
    QFETCH(bool, allowed);
    const auto response = exchange(
        port(), "OPTIONS " + path.toStdString() +
                    " HTTP/1.1\r\nHost: x\r\nOrigin: " + origin.toStdString() +
                    "\r\nAccess-Control-Request-Method: POST\r\n"
                    "Access-Control-Request-Headers: content-type,x-publishable-api-key\r\n\r\n");
    QCOMPARE(response.status, 204);
    QVERIFY(response.header("vary").find("Origin") != std::string::npos);
    if (allowed) {
      QCOMPARE(response.header("access-control-allow-origin"), origin.toStdString());
      QCOMPARE(response.header("access-control-allow-credentials"), std::string("true"));
      QCOMPARE(response.header("access-control-allow-methods"),
               std::string("GET,HEAD,PUT,PATCH,POST,DELETE"));
      QCOMPARE(response.header("access-control-allow-headers"),
               std::string("content-type,x-publishable-api-key"));
    } else {
      for (const auto& [name, value] : response.headers) {
        QVERIFY2(QString::fromStdString(name).toLower().indexOf("access-control-") != 0,
                 name.c_str());
      }
    }
  }

  void corsHeadersOnActualAndErrorResponses() {
    const auto ok =
        exchange(port(), getRequest("/store/products", "Origin: http://store.test\r\n"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("access-control-allow-origin"), std::string("http://store.test"));
    QCOMPARE(ok.header("access-control-allow-credentials"), std::string("true"));
    // Browsers only show an error's body to the page when CORS headers are on it too.
    const auto missing =
        exchange(port(), getRequest("/store/nothing", "Origin: http://store.test\r\n"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("access-control-allow-origin"), std::string("http://store.test"));
    // Outside the three namespaces there is no CORS at all.
    const auto health = exchange(port(), getRequest("/health", "Origin: http://store.test\r\n"));
    QVERIFY(!health.hasHeader("access-control-allow-origin"));
  }

  void requestIdIsEchoedOrGenerated() {
    const auto given =
        exchange(port(), getRequest("/health", "X-Request-Id: 0f8fad5b-d9cb-469f\r\n"));
    QCOMPARE(given.header("x-request-id"), std::string("0f8fad5b-d9cb-469f"));
    const auto generated = exchange(port(), getRequest("/health"));
    QCOMPARE(generated.header("x-request-id").size(), std::size_t(26));  // a ULID
    const auto unsafe = exchange(port(), getRequest("/health", "X-Request-Id: a b<script>\r\n"));
    QCOMPARE(unsafe.header("x-request-id").size(), std::size_t(26));
  }

  void pathParamsAreDecoded() {
    const auto response = exchange(port(), getRequest("/admin/products/prod%5F1/variants/v%201+2"));
    QCOMPARE(response.status, 200);
    const auto body = response.json();
    QCOMPARE(body.at("id").as_string(), json::string("prod_1"));
    QCOMPARE(body.at("variant_id").as_string(), json::string("v 1+2"));
  }

  void medusaErrorIsMapped() {
    const auto response = exchange(port(), getRequest("/medusa-error"));
    QCOMPARE(response.status, 404);
    QCOMPARE(
        response.body,
        std::string(R"({"type":"not_found","message":"Region with id: reg_x was not found"})"));
  }

  void unknownExceptionIs500WithoutInternals() {
    const auto response = exchange(port(), getRequest("/boom"));
    QCOMPARE(response.status, 500);
    QCOMPARE(response.body, std::string("{\"type\":\"unknown_error\",\"message\":\"An unknown "
                                        "error occurred.\",\"code\":\"unknown_error\"}"));
    QVERIFY(response.hasHeader("x-request-id"));
  }

  void cleanupTestCase() { m_server.server().stop(); }
};

QTEST_APPLESS_MAIN(ServerRoutingTest)
#include "server_routing_test.moc"
