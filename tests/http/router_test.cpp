// SPDX-License-Identifier: MIT
// Route matching: literals and parameters, precedence with backtracking, HEAD, 404 and 405.
#include "http/router.h"

#include <QtTest>
#include <stdexcept>

#include "medusa/core/error.h"

namespace http = medusa::http;

namespace {

// A handler that answers with its own name, to see which route matched.
http::Handler named(std::string name) {
  return [name](http::Request&) { return http::Response::text(200, name); };
}

http::Response call(const http::Router& router, std::string_view method, std::string target) {
  http::Request request(method, std::move(target));
  return router.dispatch(request);
}

}  // namespace

class RouterTest : public QObject {
  Q_OBJECT

 private:
  http::Router m_router;

 private slots:
  void initTestCase() {
    m_router.get("/health", named("health"));
    m_router.get("/admin/products", named("list"));
    m_router.post("/admin/products", named("create"));
    m_router.get("/admin/products/:id", named("retrieve"));
    m_router.post("/admin/products/batch", named("batch"));
    m_router.get("/admin/products/:id/variants/:variant_id", named("variant"));
    m_router.del("/admin/products/:id/variants/:variant_id", named("delete-variant"));
    m_router.get("/store/carts/:id/line-items", named("items"));
  }

  void matches_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("handler");
    QTest::newRow("literal") << "GET"
                             << "/health"
                             << "health";
    QTest::newRow("query ignored") << "GET"
                                   << "/health?x=1&y"
                                   << "health";
    QTest::newRow("trailing slash") << "GET"
                                    << "/admin/products/"
                                    << "list";
    QTest::newRow("method picks") << "POST"
                                  << "/admin/products"
                                  << "create";
    QTest::newRow("param") << "GET"
                           << "/admin/products/prod_1"
                           << "retrieve";
    QTest::newRow("literal wins") << "POST"
                                  << "/admin/products/batch"
                                  << "batch";
    // Express tries routes in turn: GET .../batch is the :id route, not a 405.
    QTest::newRow("backtrack to param") << "GET"
                                        << "/admin/products/batch"
                                        << "retrieve";
    QTest::newRow("two params") << "GET"
                                << "/admin/products/p/variants/v"
                                << "variant";
    QTest::newRow("delete") << "DELETE"
                            << "/admin/products/p/variants/v"
                            << "delete-variant";
    QTest::newRow("head uses get") << "HEAD"
                                   << "/health"
                                   << "health";
  }

  void matches() {
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(QString, handler);
    const auto response = call(m_router, method.toStdString(), target.toStdString());
    QCOMPARE(response.status(), 200);
    QCOMPARE(QString::fromStdString(response.body()), handler);
  }

  void fillsPathParams() {
    http::Request request("GET", "/admin/products/prod%201/variants/var_2");
    m_router.dispatch(request);
    QCOMPARE(request.param("id"), std::string_view("prod 1"));
    QCOMPARE(request.param("variant_id"), std::string_view("var_2"));
    QCOMPARE(request.params().size(), std::size_t(2));
    QCOMPARE(request.param("missing"), std::string_view());
  }

  void badPercentEncodingIsInvalidData() {
    try {
      call(m_router, "GET", "/admin/products/%zz");
      QFAIL("no exception");
    } catch (const medusa::Error& e) {
      QVERIFY(e.type() == medusa::ErrorType::InvalidData);
    }
  }

  void unknownPathsAre404_data() {
    QTest::addColumn<QString>("target");
    QTest::newRow("unknown") << "/nope";
    QTest::newRow("too deep") << "/health/x";
    QTest::newRow("inner node") << "/admin";
    QTest::newRow("empty param") << "/admin/products//variants/v";
    QTest::newRow("prefix only") << "/store/carts/c1";
    QTest::newRow("not a path") << "*";
  }

  void unknownPathsAre404() {
    QFETCH(QString, target);
    const auto response = call(m_router, "GET", target.toStdString());
    QCOMPARE(response.status(), 404);
    QCOMPARE(response.header("Content-Type"), std::string_view(http::kJsonContentType));
    const auto body = medusa::json::parse(response.body());
    QCOMPARE(body.at("type").as_string(), "not_found");
  }

  void wrongMethodIs405WithAllow() {
    const auto response = call(m_router, "PUT", "/admin/products");
    QCOMPARE(response.status(), 405);
    QCOMPARE(response.header("Allow"), std::string_view("GET, HEAD, POST"));
    QCOMPARE(medusa::json::parse(response.body()).at("type").as_string(), "not_allowed");
    QCOMPARE(m_router.allowedMethods("/admin/products/x/variants/y"),
             std::string_view("GET, HEAD, DELETE"));
  }

  void unknownMethodIs405() {
    const auto response = call(m_router, "PROPFIND", "/health");
    QCOMPARE(response.status(), 405);
    QVERIFY(response.body().find("Method PROPFIND is not allowed") != std::string::npos);
  }

  void optionsOnAKnownPathListsMethods() {
    const auto response = call(m_router, "OPTIONS", "/health");
    QCOMPARE(response.status(), 204);
    QCOMPARE(response.header("Allow"), std::string_view("GET, HEAD"));
  }

  void rejectsBadRegistrations() {
    http::Router router;
    router.get("/a/:id", named("a"));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, router.get("/a/:id", named("again")));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, router.get("a", named("relative")));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, router.get("/a//b", named("empty")));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, router.get("/a/:", named("unnamed")));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, router.add(http::Method::Other, "/x", named("x")));
    // Another name for the same parameter position is fine: names belong to the route.
    router.post("/a/:key", named("b"));
    http::Request request("POST", "/a/1");
    router.dispatch(request);
    QCOMPARE(request.param("key"), std::string_view("1"));
  }
};

QTEST_APPLESS_MAIN(RouterTest)
#include "router_test.moc"
