// SPDX-License-Identifier: MIT
// Step options: retries with backoff, timeouts, async steps finished by setStepSuccess/Failure.
#include <QtTest>
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"

using namespace medusa::workflow;
using namespace std::chrono_literals;
using medusa::Error;
using medusa::ErrorType;
using test::RecordingDatabase;
namespace json = medusa::json;

namespace {

const auto first = test::rowStep("first");
const auto last = test::rowStep("last");

// Fails its first `failures` attempts; records every attempt number it saw.
struct Flaky {
  int failures = 0;
  std::vector<int> attempts;
};

StepOptions retryOptions(int maxRetries) {
  StepOptions options;
  options.maxRetries = maxRetries;
  options.retryInterval = 20ms;
  options.backoffMultiplier = 2.0;
  return options;
}

auto flakyStep(int maxRetries) {
  return makeStep(
      "flaky",
      [](const int&, StepContext& ctx) {
        auto& flaky = ctx.resolve<Flaky>();
        flaky.attempts.push_back(ctx.attempt());
        if (static_cast<int>(flaky.attempts.size()) <= flaky.failures) {
          throw Error(ErrorType::DatabaseError, "connection reset");
        }
        return std::string("made it");
      },
      retryOptions(maxRetries));
}

const auto flaky2 = flakyStep(2);
const auto flaky1 = flakyStep(1);
const auto retried = makeWorkflow("retried", [](const int& in, Flow& flow) {
  flow.run(first, "before-flaky");
  return flow.run(in == 2 ? flaky2 : flaky1, 0);
});

// Waits for its cancellation (the timeout), then returns anyway: a late result.
struct LateResult {
  std::promise<std::string> compensated;
};

StepOptions timeoutOptions() {
  StepOptions options;
  options.timeout = 50ms;
  return options;
}

const auto sluggish = makeStep(
    "sluggish",
    [](const int&, StepContext& ctx) {
      ctx.sleepFor(5s);
      return StepResponse{std::string("late"), std::string("late-row")};
    },
    [](const std::string& row, StepContext& ctx) {
      ctx.resolve<LateResult>().compensated.set_value(row);
    },
    timeoutOptions());

const auto timed = makeWorkflow("timed", [](const int&, Flow& flow) {
  flow.run(first, "before-timeout");
  return flow.run(sluggish, 0);
});

// An async payment: invoke starts a session; the webhook completes it with the authorization.
StepOptions asyncOptions() {
  StepOptions options;
  options.async = true;
  return options;
}

const auto authorizePayment = makeStep(
    "authorize-payment",
    [](const std::string& cart, StepContext& ctx) {
      ctx.resolve<RecordingDatabase>().insert("session-" + cart);
      return StepResponse{std::string(), "session-" + cart};
    },
    [](const std::string& session, StepContext& ctx) {
      ctx.resolve<RecordingDatabase>().erase(session);
    },
    asyncOptions());

const auto checkout = makeWorkflow("checkout", [](const std::string& cart, Flow& flow) {
  flow.run(first, cart + "-order");
  const auto authorization = flow.run(authorizePayment, cart);
  return flow.run(last, cart + "-" + authorization);
});

}  // namespace

class WorkflowStepOptionsTest : public QObject {
  Q_OBJECT

 private slots:
  void retriesWithBackoffUntilTheStepSucceeds() {
    auto container = test::testContainer();
    auto flaky = std::make_shared<Flaky>();
    flaky->failures = 2;
    container->registerService(flaky);
    WorkflowEngine engine({.container = container});
    QElapsedTimer timer;
    timer.start();
    const auto result = engine.run(retried, 2);
    QCOMPARE(result.value(), std::string("made it"));
    QVERIFY(timer.elapsed() >= 20 + 40);  // 20 ms, then doubled
    QCOMPARE(flaky->attempts, (std::vector<int>{1, 2, 3}));
    const auto record = engine.execution("retried", result.transactionId);
    QCOMPARE(record->findStep("flaky")->attempts, 3);
    QCOMPARE(container->resolve<RecordingDatabase>().count("delete before-flaky"), 0L);
  }

  void failsWhenRetriesAreExhausted() {
    auto container = test::testContainer();
    auto flaky = std::make_shared<Flaky>();
    flaky->failures = 2;
    container->registerService(flaky);
    WorkflowEngine engine({.container = container});
    try {
      engine.run(retried, 1);
      QFAIL("the workflow succeeded");
    } catch (const Error& e) {
      QCOMPARE(test::str(e.type()), test::str(ErrorType::DatabaseError));
    }
    QCOMPARE(flaky->attempts, (std::vector<int>{1, 2}));
    QCOMPARE(container->resolve<RecordingDatabase>().count("delete before-flaky"), 1L);
  }

  void timeoutFailsTheStepAndCompensatesItsLateResult() {
    auto container = test::testContainer();
    auto late = std::make_shared<LateResult>();
    auto compensated = late->compensated.get_future();
    container->registerService(late);
    WorkflowEngine engine({.container = container});
    QElapsedTimer timer;
    timer.start();
    try {
      engine.run(timed, 0, {.transactionId = "tx-t"});
      QFAIL("the workflow succeeded");
    } catch (const Error& e) {
      QVERIFY(e.message().find("timed out after 50 ms") != std::string::npos);
    }
    QVERIFY(timer.elapsed() < 4000);
    QCOMPARE(container->resolve<RecordingDatabase>().count("delete before-timeout"), 1L);
    const auto record = engine.execution("timed", "tx-t");
    QCOMPARE(test::str(record->findStep("sluggish")->state), test::str(StepState::Timeout));
    QCOMPARE(test::str(record->state), test::str(TransactionState::Reverted));
    // The step saw its token fire, returned after all, and that result was undone.
    QVERIFY(test::ready(compensated));
    QCOMPARE(compensated.get(), std::string("late-row"));
  }

  void asyncStepIsCompletedLater() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    const auto started = engine.run(checkout, "cart1", {.transactionId = "tx-a"});
    QCOMPARE(test::str(started.state), test::str(TransactionState::Invoking));
    QVERIFY(!started.result);
    const auto& db = container->resolve<RecordingDatabase>();
    QCOMPARE(db.count("insert cart1-order"), 1L);
    QCOMPARE(db.count("insert session-cart1"), 1L);
    QVERIFY(db.logOf("insert cart1-auth").empty());
    QCOMPARE(test::str(engine.execution("checkout", "tx-a")->findStep("authorize-payment")->state),
             test::str(StepState::WaitingResponse));

    engine.setStepSuccess("checkout", "tx-a", "authorize-payment", json::value("auth_1"));
    const auto record = engine.waitForCompletion("checkout", "tx-a", 5s);
    QCOMPARE(test::str(record.state), test::str(TransactionState::Done));
    QCOMPARE(record.result, json::value("cart1-auth_1"));
    // Resuming replayed the recorded steps instead of running them again.
    QCOMPARE(db.count("insert cart1-order"), 1L);
    QCOMPARE(db.count("insert session-cart1"), 1L);
    QCOMPARE(db.count("insert cart1-auth_1"), 1L);
  }

  void asyncStepFailureCompensates() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    engine.run(checkout, "cart2", {.transactionId = "tx-b"});
    engine.setStepFailure("checkout", "tx-b", "authorize-payment",
                          Error(ErrorType::PaymentAuthorizationError, "card declined"));
    const auto record = engine.waitForCompletion("checkout", "tx-b", 5s);
    QCOMPARE(test::str(record.state), test::str(TransactionState::Reverted));
    QCOMPARE(record.errors.at(0).type, std::string("payment_authorization_error"));
    const auto& db = container->resolve<RecordingDatabase>();
    const std::vector<std::string> deleted{"delete session-cart2", "delete cart2-order"};
    QCOMPARE(db.logOf("delete "), deleted);
    QVERIFY(db.rows().empty());
    // The step is no longer waiting: a second answer is refused.
    QVERIFY_THROWS_EXCEPTION(Error, engine.setStepFailure("checkout", "tx-b", "authorize-payment",
                                                          Error(ErrorType::NotAllowed, "again")));
  }

  void completingAStepThatDoesNotWaitIsRefused() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    engine.run(checkout, "cart3", {.transactionId = "tx-c"});
    try {
      engine.setStepSuccess("checkout", "tx-c", "first", json::value("x"));
      QFAIL("accepted a result for a step that is not waiting");
    } catch (const Error& e) {
      QCOMPARE(test::str(e.type()), test::str(ErrorType::NotAllowed));
    }
    try {
      engine.setStepSuccess("checkout", "no-such-tx", "authorize-payment", json::value("x"));
      QFAIL("accepted a result for an unknown execution");
    } catch (const Error& e) {
      QCOMPARE(test::str(e.type()), test::str(ErrorType::NotFound));
    }
    engine.setStepSuccess("checkout", "tx-c", "authorize-payment", json::value("ok"));
    QCOMPARE(test::str(engine.waitForCompletion("checkout", "tx-c", 5s).state),
             test::str(TransactionState::Done));
  }
};

QTEST_APPLESS_MAIN(WorkflowStepOptionsTest)
#include "workflow_step_options_test.moc"
