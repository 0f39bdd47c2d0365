// SPDX-License-Identifier: MIT
// The listener over real loopback sockets: framing, keep-alive, pipelining, HTTP/1.0,
// HEAD, 100-continue and the header and body limits.
#include <QtTest>

#include "api/health/health_routes.h"
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

class ServerTest : public QObject {
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
    router.get("/admin/products/:id/variants/:variant_id", [](http::Request& req) {
      return http::Response::json(200, json::object{{"id", req.param("id")}});
    });
    m_server.start();
    QVERIFY(port() != 0);
  }

  void health() {
    const auto response = exchange(port(), getRequest("/health"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, std::string("OK"));
    QCOMPARE(response.header("content-type"), std::string("text/plain; charset=utf-8"));
    QCOMPARE(response.header("content-length"), std::string("2"));
    QCOMPARE(response.version, std::string("HTTP/1.1"));
    QVERIFY(response.hasHeader("date"));
  }

  void keepAliveServesSeveralRequests() {
    RawClient client(port());
    for (int i = 0; i < 3; ++i) {
      QVERIFY(client.send(getRequest("/health")));
      const auto response = client.readResponse();
      QVERIFY(response);
      QCOMPARE(response->status, 200);
      QVERIFY(!response->hasHeader("connection"));  // persistent is HTTP/1.1's default
    }
  }

  void pipelinedRequestsAreAnsweredInOrder() {
    RawClient client(port());
    std::string burst;
    for (const char* id : {"a", "b", "c"}) {
      burst += getRequest(std::string("/admin/products/") + id + "/variants/v" + id,
                          std::string("x-request-id: req-") + id + "\r\n");
    }
    QVERIFY(client.send(burst));  // one write: the server reads them together
    for (const char* id : {"a", "b", "c"}) {
      const auto response = client.readResponse();
      QVERIFY(response);
      QCOMPARE(response->status, 200);
      QCOMPARE(response->header("x-request-id"), std::string("req-") + id);
      QCOMPARE(response->json().at("id").as_string(), json::string(id));
    }
  }

  void connectionCloseIsHonoured() {
    RawClient client(port());
    QVERIFY(client.send(getRequest("/health", "Connection: close\r\n")));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("connection"), std::string("close"));
    QVERIFY(client.waitClosed());
  }

  void http10IsAnsweredAs10AndClosed() {
    RawClient client(port());
    QVERIFY(client.send("GET /health HTTP/1.0\r\n\r\n"));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->version, std::string("HTTP/1.0"));
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, std::string("OK"));
    QVERIFY(client.waitClosed());
  }

  void http10KeepAliveOnRequest() {
    RawClient client(port());
    for (int i = 0; i < 2; ++i) {
      QVERIFY(client.send("GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
      const auto response = client.readResponse();
      QVERIFY(response);
      QCOMPARE(response->version, std::string("HTTP/1.0"));
      QCOMPARE(response->header("connection"), std::string("keep-alive"));
    }
  }

  void headIsGetWithoutBody() {
    RawClient client(port());
    QVERIFY(client.send("HEAD /health HTTP/1.1\r\nHost: x\r\n\r\n"));
    const auto head = client.readResponse(10s, true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->header("content-length"), std::string("2"));
    // Had a body been sent, it would now be read as the start of the next response.
    QVERIFY(client.send(getRequest("/health")));
    const auto get = client.readResponse();
    QVERIFY(get);
    QCOMPARE(get->status, 200);
    QCOMPARE(get->body, std::string("OK"));
  }

  void expectContinueIsAnswered() {
    RawClient client(port());
    const std::string body = R"({"b":true})";
    QVERIFY(
        client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Expect: 100-continue\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n"));
    const auto interim = client.readResponse();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    QVERIFY(client.send(body));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, std::string(R"({"received":{"b":true}})"));
  }

  void oversizedHeaderIs431() {
    RawClient client(port());
    QVERIFY(client.send(getRequest("/health", "X-Big: " + std::string(8 * 1024, 'a') + "\r\n")));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QCOMPARE(response->json().at("type").as_string(), json::string("invalid_data"));
    QVERIFY(client.waitClosed());
  }

  void oversizedBodyIs413() {
    RawClient client(port());
    QVERIFY(client.send(postRequest("/echo", std::string(100 * 1024, ' '), "application/json")));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->json().at("type").as_string(), json::string("invalid_data"));
    QVERIFY(client.waitClosed());
  }

  void oversizedChunkedBodyIs413() {
    RawClient client(port());
    std::string request =
        "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 20; ++i) request += "1000\r\n" + std::string(0x1000, ' ') + "\r\n";
    request += "0\r\n\r\n";
    QVERIFY(client.send(request));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
  }

  void malformedRequestIs400() {
    RawClient client(port());
    QVERIFY(client.send("GET /health HTTP/1.1\r\nBad Header\r\n\r\n"));
    const auto response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->json().at("type").as_string(), json::string("invalid_data"));
    QVERIFY(client.waitClosed());
  }

  void cleanupTestCase() { m_server.server().stop(); }
};

QTEST_APPLESS_MAIN(ServerTest)
#include "server_test.moc"
