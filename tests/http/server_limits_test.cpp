// SPDX-License-Identifier: MIT
// The listener under pressure: timeouts, the worker queue, the connection limit and graceful
// shutdown. Each test runs its own server with the limits it needs.
#include <poll.h>

#include <QtTest>
#include <chrono>
#include <future>
#include <thread>

#include "api/health/health_routes.h"
#include "medusa/core/log.h"
#include "raw_client.h"
#include "test_server.h"

using namespace std::chrono_literals;
using medusa::test::Gate;
using medusa::test::getRequest;
using medusa::test::RawClient;
using medusa::test::TestServer;
namespace http = medusa::http;

namespace {

using Clock = std::chrono::steady_clock;

// A server whose /block handler waits at `gate`.
void addBlockingRoute(TestServer& server, Gate& gate) {
  medusa::api::registerHealthRoutes(server.router());
  server.router().get("/block", [&gate](http::Request&) {
    gate.pass();
    return http::Response::text(200, "done");
  });
}

// Index (0 or 1) of the first of two clients to become readable, -1 on timeout.
int firstReadable(RawClient& a, RawClient& b, std::chrono::milliseconds timeout) {
  pollfd fds[2] = {{a.fd(), POLLIN, 0}, {b.fd(), POLLIN, 0}};
  if (::poll(fds, 2, static_cast<int>(timeout.count())) <= 0) return -1;
  return (fds[0].revents & POLLIN) ? 0 : 1;
}

// Polls `condition` until it holds or `timeout` passes (for state with no event to wait on).
template <class Condition>
bool eventually(Condition condition, std::chrono::milliseconds timeout = 10s) {
  const auto deadline = Clock::now() + timeout;
  while (!condition()) {
    if (Clock::now() > deadline) return false;
    std::this_thread::sleep_for(5ms);
  }
  return true;
}

}  // namespace

class ServerLimitsTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { medusa::log::init({medusa::log::Format::Text, "error"}); }

  void slowClientIsCutOffWithoutHoldingAWorker() {
    auto config = medusa::test::httpTestConfig();
    config.readTimeoutMs = 300;
    config.workerThreads = 1;
    TestServer server(config);
    medusa::api::registerHealthRoutes(server.router());
    server.start();

    RawClient slow(server.port());
    const auto start = Clock::now();
    QVERIFY(slow.send("GET /health HTTP/1.1\r\nHost: x\r\n"));  // and never the blank line

    // The only worker is free meanwhile: reading happens on the I/O threads.
    RawClient other(server.port());
    QVERIFY(other.send(getRequest("/health")));
    const auto response = other.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);

    QVERIFY(slow.waitClosed(10s));
    QVERIFY(Clock::now() - start >= 250ms);
    QVERIFY(slow.received().empty());
  }

  void bodyLargerThanTheReadBufferArrivesWhole() {
    auto config = medusa::test::httpTestConfig();
    config.maxBodyBytes = 1024 * 1024;  // well past the read buffer (header limit + 64 KiB)
    TestServer server(config);
    server.router().post("/size", [](http::Request& request) {
      return http::Response::text(200, std::to_string(request.json().at("s").as_string().size()));
    });
    server.start();
    const std::string body = "{\"s\":\"" + std::string(700 * 1024, 'x') + "\"}";
    const auto response = medusa::test::exchange(
        server.port(), medusa::test::postRequest("/size", body, "application/json"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, std::to_string(700 * 1024));
  }

  void idleKeepAliveConnectionIsClosed() {
    auto config = medusa::test::httpTestConfig();
    config.idleTimeoutMs = 300;
    TestServer server(config);
    medusa::api::registerHealthRoutes(server.router());
    server.start();

    RawClient client(server.port());
    QVERIFY(client.send(getRequest("/health")));
    QVERIFY(client.readResponse());
    const auto start = Clock::now();
    QVERIFY(client.waitClosed(10s));
    QVERIFY(Clock::now() - start >= 250ms);
    QVERIFY(client.received().empty());
  }

  void saturatedWorkerPoolAnswers503() {
    auto config = medusa::test::httpTestConfig();
    config.workerThreads = 1;
    config.queueLimit = 1;
    TestServer server(config);
    Gate gate;
    addBlockingRoute(server, gate);
    server.start();

    RawClient running(server.port());
    QVERIFY(running.send(getRequest("/block")));
    QVERIFY(gate.waitArrived(1));  // the only worker is now busy

    // One of these two takes the single queue slot, the other is refused.
    RawClient second(server.port());
    RawClient third(server.port());
    QVERIFY(second.send(getRequest("/block")));
    QVERIFY(third.send(getRequest("/block")));
    const int first = firstReadable(second, third, 10s);
    QVERIFY(first >= 0);
    RawClient& refused = first == 0 ? second : third;
    RawClient& queued = first == 0 ? third : second;
    const auto busy = refused.readResponse();
    QVERIFY(busy);
    QCOMPARE(busy->status, 503);
    QCOMPARE(busy->header("retry-after"), std::string("1"));
    QCOMPARE(busy->header("content-type"), std::string("application/json; charset=utf-8"));
    const auto body = medusa::json::parse(busy->body);
    QVERIFY(body.as_object().contains("type"));
    QVERIFY(body.as_object().contains("message"));

    gate.open();
    for (RawClient* client : {&running, &queued}) {
      const auto done = client->readResponse();
      QVERIFY(done);
      QCOMPARE(done->status, 200);
    }
    // The refused connection is still usable once there is room again.
    QVERIFY(refused.send(getRequest("/health")));
    const auto retry = refused.readResponse();
    QVERIFY(retry);
    QCOMPARE(retry->status, 200);
  }

  void connectionsBeyondTheLimitAreRefused() {
    auto config = medusa::test::httpTestConfig();
    config.maxConnections = 2;
    TestServer server(config);
    medusa::api::registerHealthRoutes(server.router());
    server.start();

    auto first = std::make_unique<RawClient>(server.port());
    RawClient second(server.port());
    for (RawClient* client : {first.get(), &second}) {  // both accepted and registered
      QVERIFY(client->send(getRequest("/health")));
      QVERIFY(client->readResponse());
    }
    RawClient third(server.port());
    QVERIFY(third.connected());      // the kernel completes the handshake...
    QVERIFY(third.waitClosed(10s));  // ...and the server closes it at once
    QVERIFY(third.received().empty());

    first.reset();
    QVERIFY(eventually([&] { return server.server().connectionCount() == 1; }));
    RawClient fourth(server.port());
    QVERIFY(fourth.send(getRequest("/health")));
    const auto response = fourth.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
  }

  void gracefulStopFinishesRequestsInFlight() {
    TestServer server;
    Gate gate;
    addBlockingRoute(server, gate);
    server.start();

    RawClient busy(server.port());
    QVERIFY(busy.send(getRequest("/block")));
    QVERIFY(gate.waitArrived(1));
    RawClient idle(server.port());
    QVERIFY(idle.send(getRequest("/health")));
    QVERIFY(idle.readResponse());

    auto stopped = std::async(std::launch::async, [&] { server.server().stop(); });
    QVERIFY(idle.waitClosed(10s));  // idle connections go first: the stop has begun
    QCOMPARE(stopped.wait_for(0ms), std::future_status::timeout);  // it waits for /block

    gate.open();
    const auto response = busy.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, std::string("done"));
    QCOMPARE(response->header("connection"), std::string("close"));
    QVERIFY(busy.waitClosed(10s));
    QCOMPARE(stopped.wait_for(10s), std::future_status::ready);

    RawClient late(server.port());  // nothing listens any more
    QVERIFY(!late.connected() || late.waitClosed(10s));
  }

  void stopPastTheDeadlineClosesWhatIsLeft() {
    auto config = medusa::test::httpTestConfig();
    config.shutdownTimeoutMs = 300;
    TestServer server(config);
    Gate gate;
    addBlockingRoute(server, gate);
    server.start();

    RawClient stuck(server.port());
    QVERIFY(stuck.send(getRequest("/block")));
    QVERIFY(gate.waitArrived(1));
    auto stopped = std::async(std::launch::async, [&] { server.server().stop(); });
    QVERIFY(stuck.waitClosed(10s));  // closed at the deadline, unanswered
    QVERIFY(stuck.received().empty());
    gate.open();  // stop() joins the workers, so it returns once the handler does
    QCOMPARE(stopped.wait_for(10s), std::future_status::ready);
  }

  void waitForSignalReturnsWhenStopped() {
    TestServer server;
    medusa::api::registerHealthRoutes(server.router());
    server.start();
    auto waiting = std::async(std::launch::async, [&] { server.server().waitForSignal(); });
    server.server().stop();
    QCOMPARE(waiting.wait_for(10s), std::future_status::ready);
  }
};

QTEST_APPLESS_MAIN(ServerLimitsTest)
#include "server_limits_test.moc"
