// SPDX-License-Identifier: MIT
// The request budget in the listener (issue #12): a handler runs under the request's deadline,
// and a request that spent its whole budget waiting for a worker is answered 503 without
// running.
#include <QtTest>
#include <atomic>
#include <chrono>
#include <thread>

#include "medusa/core/deadline.h"
#include "raw_client.h"
#include "test_server.h"

using namespace std::chrono_literals;
using medusa::test::getRequest;
using medusa::test::RawClient;
using medusa::test::TestServer;
namespace http = medusa::http;

class RequestTimeoutTest : public QObject {
  Q_OBJECT

 private slots:
  void handlersRunUnderTheDeadline() {
    auto config = medusa::test::httpTestConfig();
    config.requestTimeoutMs = 5'000;
    TestServer server(config);
    server.router().get("/budget", [](http::Request&) {
      const auto deadline = medusa::currentDeadline();
      if (!deadline) return http::Response::text(200, "none");
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          *deadline - std::chrono::steady_clock::now());
      return http::Response::text(200, std::to_string(left.count()));
    });
    server.start();
    const auto response = medusa::test::exchange(server.port(), getRequest("/budget"));
    QCOMPARE(response.status, 200);
    QVERIFY2(response.body != "none", "the handler ran without a deadline");
    const int left = std::stoi(response.body);
    QVERIFY2(left > 3'000 && left <= 5'000, response.body.c_str());
  }

  void aRequestQueuedPastItsBudgetIsNotRun() {
    auto config = medusa::test::httpTestConfig();
    config.workerThreads = 1;
    config.requestTimeoutMs = 300;
    TestServer server(config);
    std::atomic<int> runs{0};
    server.router().get("/slow", [&runs](http::Request&) {
      ++runs;
      std::this_thread::sleep_for(800ms);  // holds the only worker past the next one's budget
      return http::Response::text(200, "slow");
    });
    server.start();
    RawClient first(server.port());
    QVERIFY(first.send(getRequest("/slow")));
    std::this_thread::sleep_for(100ms);
    RawClient second(server.port());
    QVERIFY(second.send(getRequest("/slow")));
    const auto waited = second.readResponse(5s);
    QVERIFY(waited);
    QCOMPARE(waited->status, 503);
    QCOMPARE(waited->header("retry-after"), std::string("1"));
    QVERIFY(waited->body.find("\"code\":\"timeout\"") != std::string::npos);
    const auto ran = first.readResponse(5s);
    QVERIFY(ran);
    QCOMPARE(ran->status, 200);  // it began within its budget: the handler decides
    QCOMPARE(runs.load(), 1);
  }
};

QTEST_GUILESS_MAIN(RequestTimeoutTest)
#include "request_timeout_test.moc"
