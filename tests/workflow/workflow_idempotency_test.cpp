// SPDX-License-Identifier: MIT
// Idempotency keys and transaction ids: one run per key, stored results, reused ids.
#include <QtTest>
#include <atomic>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "medusa/workflow/memory_workflow_execution_store.h"
#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"

using namespace medusa::workflow;
using namespace std::chrono_literals;
using medusa::Error;
using medusa::ErrorType;
using test::Faults;
using test::RecordingDatabase;

namespace {

constexpr int kCallers = 16;

// Counts invocations; the first one waits until every caller has entered run() (or 5 s), so
// the callers really overlap with the running execution.
struct Turnstile {
  std::mutex mutex;
  std::condition_variable entered;
  int callers = 0;
  std::atomic<int> invocations{0};

  void arrive() {
    std::lock_guard lock(mutex);
    ++callers;
    entered.notify_all();
  }
  void waitForAll() {
    std::unique_lock lock(mutex);
    entered.wait_for(lock, 5s, [this] { return callers == kCallers; });
  }
};

const auto placeOrder = makeStep("place-order", [](const std::string& cart, StepContext& ctx) {
  auto& turnstile = ctx.resolve<Turnstile>();
  const int n = ++turnstile.invocations;
  turnstile.waitForAll();
  ctx.resolve<Faults>().checkInvoke("place-order");
  return "order-for-" + cart + "-" + std::to_string(n);
});

const auto completeCart = makeWorkflow("complete-cart", [](const std::string& cart, Flow& flow) {
  return flow.run(placeOrder, cart);
});

// Blocks until released, to keep an execution running.
struct Gate {
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
};

const auto gated = makeStep("gated", [](const int&, StepContext& ctx) {
  auto& gate = ctx.resolve<Gate>();
  gate.entered.set_value();
  test::ready(gate.released);
  return 1;
});

const auto updateCart = makeWorkflow("update-cart", [](const int& in, Flow& flow) {
  if (in == 0) return flow.run(gated, 0);
  return flow.run(test::rowStep("touch"), "touched").size() > 0 ? 2 : 0;
});

std::shared_ptr<ServiceContainer> containerWithTurnstile() {
  auto container = test::testContainer();
  container->registerService(std::make_shared<Turnstile>());
  return container;
}

}  // namespace

class WorkflowIdempotencyTest : public QObject {
  Q_OBJECT

 private slots:
  void concurrentCallsWithOneKeyRunOnce() {
    auto container = containerWithTurnstile();
    auto store = std::make_shared<MemoryWorkflowExecutionStore>();
    WorkflowEngine engine({.container = container, .store = store});
    auto& turnstile = container->resolve<Turnstile>();

    std::vector<std::future<RunResult<std::string>>> calls;
    for (int i = 0; i < kCallers; ++i) {
      calls.push_back(std::async(std::launch::async, [&] {
        turnstile.arrive();
        return engine.run(completeCart, "cart_1", {.idempotencyKey = "complete-cart_1"});
      }));
    }
    std::vector<RunResult<std::string>> results;
    for (auto& call : calls) results.push_back(call.get());

    QCOMPARE(turnstile.invocations.load(), 1);
    for (const auto& r : results) {
      QVERIFY(r.done());
      QCOMPARE(r.value(), std::string("order-for-cart_1-1"));
      QCOMPARE(r.transactionId, results[0].transactionId);
    }
    QCOMPARE(store->size(), std::size_t(1));
  }

  void sameKeyAfterAFailureReturnsTheStoredError() {
    auto container = containerWithTurnstile();
    container->resolve<Turnstile>().callers = kCallers;  // nobody to wait for
    container->resolve<Faults>().failInvokeOf("place-order");
    WorkflowEngine engine({.container = container});
    for (int i = 0; i < 2; ++i) {
      try {
        engine.run(completeCart, "cart_2", {.idempotencyKey = "k2"});
        QFAIL("the workflow succeeded");
      } catch (const Error& e) {
        QCOMPARE(test::str(e.type()), test::str(ErrorType::InvalidData));
        QCOMPARE(e.message(), std::string("injected failure in place-order"));
      }
    }
    QCOMPARE(container->resolve<Turnstile>().invocations.load(), 1);
  }

  void differentKeysRunSeparately() {
    auto container = containerWithTurnstile();
    container->resolve<Turnstile>().callers = kCallers;
    WorkflowEngine engine({.container = container});
    QCOMPARE(engine.run(completeCart, "c", {.idempotencyKey = "a"}).value(),
             std::string("order-for-c-1"));
    QCOMPARE(engine.run(completeCart, "c", {.idempotencyKey = "b"}).value(),
             std::string("order-for-c-2"));
    QCOMPARE(engine.run(completeCart, "c", {.idempotencyKey = "a"}).value(),
             std::string("order-for-c-1"));
  }

  void finishedTransactionIdCanBeReused() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    engine.run(updateCart, 1, {.transactionId = "cart-update-cart_9"});
    engine.run(updateCart, 1, {.transactionId = "cart-update-cart_9"});
    QCOMPARE(container->resolve<RecordingDatabase>().count("insert touched"), 2L);
  }

  void runningTransactionIdConflicts() {
    auto container = test::testContainer();
    auto gate = std::make_shared<Gate>();
    container->registerService(gate);
    WorkflowEngine engine({.container = container});
    auto first = std::async(std::launch::async, [&] {
      return engine.run(updateCart, 0, {.transactionId = "cart-update-cart_8"});
    });
    QVERIFY(test::ready(gate->entered.get_future()));
    try {
      engine.run(updateCart, 1, {.transactionId = "cart-update-cart_8"});
      QFAIL("a second run with a running transaction id started");
    } catch (const Error& e) {
      QCOMPARE(test::str(e.type()), test::str(ErrorType::Conflict));
    }
    gate->release.set_value();
    QCOMPARE(first.get().value(), 1);
    QCOMPARE(container->resolve<RecordingDatabase>().count("insert touched"), 0L);
  }
};

QTEST_APPLESS_MAIN(WorkflowIdempotencyTest)
#include "workflow_idempotency_test.moc"
