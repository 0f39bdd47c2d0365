// SPDX-License-Identifier: MIT
// The middleware classes on their own: chain order, request id, error mapping, JSON body,
// CORS origin lists (Medusa's parseCorsOrigins) and the CORS middleware.
#include <QtTest>
#include <stdexcept>

#include "http/middleware/cors_middleware.h"
#include "http/middleware/cors_origins.h"
#include "http/middleware/error_middleware.h"
#include "http/middleware/json_body_middleware.h"
#include "http/middleware/request_id_middleware.h"
#include "http/middleware_chain.h"
#include "medusa/core/error.h"
#include "medusa/core/log.h"

namespace http = medusa::http;

namespace {

// Records its name on the way in and out, to check the order.
class Tracer final : public http::Middleware {
 public:
  Tracer(std::string name, std::string& trace) : m_name(std::move(name)), m_trace(trace) {}
  http::Response handle(http::Request& request, const http::Next& next) const override {
    m_trace += m_name + "<";
    auto response = next(request);
    m_trace += ">" + m_name;
    return response;
  }

 private:
  std::string m_name;
  std::string& m_trace;
};

constexpr const char* kUnknownErrorBody =
    "{\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\","
    "\"code\":\"unknown_error\"}";
constexpr const char* kDuplicateBody =
    "{\"type\":\"duplicate_error\",\"message\":\"Product with handle x already exists.\","
    "\"code\":\"invalid_request_error\"}";

http::Handler ok() {
  return [](http::Request&) { return http::Response::text(200, "ok"); };
}

}  // namespace

class MiddlewareTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { medusa::log::init({medusa::log::Format::Text, "off"}); }

  void chainRunsOutermostFirst() {
    std::string trace;
    http::MiddlewareChain chain([&trace](http::Request&) {
      trace += "handler";
      return http::Response(204);
    });
    chain.use<Tracer>("a", trace).use<Tracer>("b", trace);
    http::Request request("GET", "/");
    QCOMPARE(chain(request).status(), 204);
    QCOMPARE(trace, std::string("a<b<handler>b>a"));
  }

  void middlewareMayAnswerItself() {
    class Stop final : public http::Middleware {
     public:
      http::Response handle(http::Request&, const http::Next&) const override {
        return http::Response(418);
      }
    };
    bool called = false;
    http::MiddlewareChain chain([&called](http::Request&) {
      called = true;
      return http::Response(200);
    });
    chain.use<Stop>();
    http::Request request("GET", "/");
    QCOMPARE(chain(request).status(), 418);
    QVERIFY(!called);
  }

  void requestIdIsKeptWhenSane() {
    http::MiddlewareChain chain([](http::Request& request) {
      // Log lines written while handling carry the same id.
      return http::Response::text(200, medusa::log::requestId() + "|" + request.requestId());
    });
    chain.use<http::RequestIdMiddleware>();
    http::Request request("GET", "/");
    request.headers().add("X-Request-Id", "trace-1234:abc");
    const auto response = chain(request);
    QCOMPARE(response.header("x-request-id"), std::string_view("trace-1234:abc"));
    QCOMPARE(response.body(), std::string("trace-1234:abc|trace-1234:abc"));
    QVERIFY(medusa::log::requestId().empty());  // the scope ended with the request
  }

  void requestIdAcceptance() {
    QVERIFY(http::RequestIdMiddleware::isAcceptableId("01JAB3XYZ"));
    QVERIFY(http::RequestIdMiddleware::isAcceptableId("f47ac10b-58cc-4372-a567-0e02b2c3d479"));
    QVERIFY(!http::RequestIdMiddleware::isAcceptableId(""));
    QVERIFY(!http::RequestIdMiddleware::isAcceptableId("a b"));
    QVERIFY(!http::RequestIdMiddleware::isAcceptableId("a\nb"));
    QVERIFY(!http::RequestIdMiddleware::isAcceptableId(std::string(129, 'a')));
  }

  void errorsAreMapped_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::newRow("not found") << 0 << 404
                               << R"({"type":"not_found","message":"Product not found"})";
    QTest::newRow("duplicate") << 1 << 422 << kDuplicateBody;
    QTest::newRow("std exception") << 2 << 500 << kUnknownErrorBody;
    QTest::newRow("not an exception") << 3 << 500 << kUnknownErrorBody;
  }

  void errorsAreMapped() {
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, body);
    http::MiddlewareChain chain([kind](http::Request&) -> http::Response {
      switch (kind) {
        case 0:
          throw medusa::Error(medusa::ErrorType::NotFound, "Product not found");
        case 1:
          throw medusa::Error(medusa::ErrorType::DuplicateError,
                              "Product with handle x already exists.");
        case 2:
          throw std::runtime_error("password=hunter2");
        default:
          throw 42;
      }
    });
    chain.use<http::ErrorMiddleware>();
    http::Request request("GET", "/");
    const auto response = chain(request);
    QCOMPARE(response.status(), status);
    QCOMPARE(QString::fromStdString(response.body()), body);
    QCOMPARE(response.header("content-type"), http::kJsonContentType);
  }

  void malformedJsonBodyIsInvalidData() {
    http::MiddlewareChain chain(ok());
    chain.use<http::ErrorMiddleware>().use<http::JsonBodyMiddleware>();
    http::Request request("POST", "/admin/products");
    request.headers().add("Content-Type", "application/json");
    request.setBody(R"({"title": })");
    const auto response = chain(request);
    QCOMPARE(response.status(), 400);
    const auto body = medusa::json::parse(response.body());
    QCOMPARE(body.at("type").as_string(), "invalid_data");
    QVERIFY(std::string_view(body.at("message").as_string()).starts_with("Invalid JSON"));
  }

  void jsonBodyIsParsedOnce() {
    http::Request request("POST", "/x");
    request.headers().add("content-type", "Application/JSON; charset=utf-8");
    request.setBody(R"({"a":1})");
    const auto* first = &request.json();
    QCOMPARE(request.json().at("a").as_int64(), 1);
    QCOMPARE(&request.json(), first);
    http::Request empty("POST", "/x");
    empty.headers().add("content-type", "application/json");
    QVERIFY(empty.json().is_object());
    QVERIFY(empty.json().as_object().empty());
  }

  void requestParsesTarget() {
    http::Request request("GET", "/store/products?fields=%2Bvariants&limit=2");
    QCOMPARE(request.path(), std::string_view("/store/products"));
    QCOMPARE(request.query(), std::string_view("fields=%2Bvariants&limit=2"));
    http::Request bare("GET", "/store/products");
    QCOMPARE(bare.query(), std::string_view());
    http::Request absolute("GET", "http://example.com/health?x");
    QCOMPARE(absolute.path(), std::string_view("/health"));
    QCOMPARE(absolute.query(), std::string_view("x"));
  }

  void corsOriginsParseLikeMedusa_data() {
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("exact") << "http://a.test,http://b.test"
                           << "http://b.test" << true;
    QTest::newRow("exact is exact") << "http://a.test"
                                    << "http://a.test:80" << false;
    QTest::newRow("spaces trimmed") << "http://a.test, http://b.test"
                                    << "http://b.test" << true;
    QTest::newRow("regex") << R"(/^https:\/\/.*\.shop\.test$/)"
                           << "https://eu.shop.test" << true;
    QTest::newRow("regex miss") << R"(/^https:\/\/.*\.shop\.test$/)"
                                << "http://eu.shop.test" << false;
    QTest::newRow("regex is a search") << "/shop/"
                                       << "http://myshop.test" << true;
    QTest::newRow("flag i") << "/^HTTP:\\/\\/A\\.TEST$/i"
                            << "http://a.test" << true;
    QTest::newRow("no flag i") << "/^HTTP:\\/\\/A\\.TEST$/"
                               << "http://a.test" << false;
    QTest::newRow("other delimiter") << "#^http://a\\.test$#"
                                     << "http://a.test" << true;
    QTest::newRow("bad regex is literal") << "/(/"
                                          << "/(/" << true;
    QTest::newRow("vercel suffix") << R"(/vercel\.app$/)"
                                   << "https://my-shop-git-main.vercel.app" << true;
    QTest::newRow("flag m") << "/^http:\\/\\/a\\.test$/m"
                            << "http://a.test" << true;
    // RE2 has no lookaround: such an entry is an exact origin, as an invalid one is.
    QTest::newRow("lookahead is literal") << "/^(?!http:)/"
                                          << "https://a.test" << false;
    // Past 2 KiB an Origin never matches a pattern (real origins are far shorter).
    QTest::newRow("long origin") << "/shop/"
                                 << "http://" + QString("shop").repeated(600) + ".test" << false;
    QTest::newRow("catastrophic pattern, long origin")
        << "/^(a+)+$/" << QString(2000, 'a') + "!" << false;
    QTest::newRow("catastrophic pattern, match") << "/^(a+)+$/" << QString(2000, 'a') << true;
    QTest::newRow("star is literal") << "*"
                                     << "http://a.test" << false;
    QTest::newRow("empty list") << ""
                                << "http://a.test" << false;
  }

  void corsOriginsParseLikeMedusa() {
    QFETCH(QString, list);
    QFETCH(QString, origin);
    QFETCH(bool, allowed);
    const http::CorsOrigins origins(list.toStdString());
    QCOMPARE(origins.allows(origin.toStdString()), allowed);
    QCOMPARE(origins.allows(origin.toStdString()), allowed);  // the cached answer agrees
  }

  // Issue 12: std::regex backtracked exponentially (and recursed per character) on patterns
  // like these over a 2 KiB Origin; RE2 answers in time linear in the origin's length.
  void corsPatternsRunInLinearTime() {
    const http::CorsOrigins origins(R"(/(x+x+)+y/,/^(a|aa)+$/,/^(\w+\s?)*$/)");
    QElapsedTimer timer;
    timer.start();
    for (char c : {'x', 'a', 'w'}) {
      QVERIFY(!origins.allows(std::string(2000, c) + "!"));
    }
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed()) + " ms"));
  }

  void corsOnlyAppliesInItsNamespace() {
    medusa::Config config;
    config.storeCors = "http://s.test";
    http::MiddlewareChain chain(ok());
    chain.use<http::CorsMiddleware>(config);
    for (const char* path : {"/store", "/store/x", "/storefront", "/admin/x"}) {
      http::Request request("GET", path);
      request.headers().add("Origin", "http://s.test");
      const auto response = chain(request);
      const bool inStore =
          std::string_view(path).starts_with("/store") && std::string_view(path) != "/storefront";
      QCOMPARE(response.header("access-control-allow-origin").empty(), !inStore);
    }
  }
};

QTEST_APPLESS_MAIN(MiddlewareTest)
#include "middleware_test.moc"
