// SPDX-License-Identifier: MIT
// Grouped events: emit-event-step buffers, the engine publishes only after the whole workflow
// succeeded, once, and drops the group on failure.
#include <QtTest>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "medusa/infra/memory_event_bus.h"
#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"

using namespace medusa::workflow;
using namespace std::chrono_literals;
using medusa::Error;
using medusa::infra::Event;
using medusa::infra::MemoryEventBus;
using test::Faults;
namespace json = medusa::json;

namespace {

const auto first = test::rowStep("first");
const auto last = test::rowStep("last");

const auto childWithEvent = makeWorkflow("child-with-event", [](const std::string& in, Flow& flow) {
  flow.run(emitEventStep, {"child.created", json::value(in), {}});
});

// Emits a batch, runs a nested workflow that emits too, then a step that may fail.
const auto createThings = makeWorkflow("create-things", [](const std::string& in, Flow& flow) {
  flow.run(first, in);
  flow.run(emitEventStep,
           {"thing.created",
            json::array{json::object{{"id", in + "-a"}}, json::object{{"id", in + "-b"}}},
            json::object{{"source", "test"}}});
  flow.run(childWithEvent, in);
  flow.run(last, in + "-last");
});

// A step buffering an event on every attempt, failing the first one.
struct Attempts {
  int count = 0;
};
StepOptions oneRetry() {
  StepOptions options;
  options.maxRetries = 1;
  return options;
}
const auto flakyEmitter = makeStep(
    "flaky-emitter",
    [](const int&, StepContext& ctx) {
      ctx.bufferEvent({"attempt.made", json::value(ctx.attempt()), {}});
      if (++ctx.resolve<Attempts>().count == 1) throw Error(medusa::ErrorType::DatabaseError, "x");
    },
    oneRetry());
const auto retrying =
    makeWorkflow("retrying", [](const int&, Flow& flow) { flow.run(flakyEmitter, 0); });

StepOptions async() {
  StepOptions options;
  options.async = true;
  return options;
}
const auto waitForPayment = makeStep(
    "wait-for-payment", [](const int&, StepContext&) {}, async());
const auto paying = makeWorkflow("paying", [](const int&, Flow& flow) {
  flow.run(emitEventStep, {"order.placed", json::object{{"id", "order_1"}}, {}});
  flow.run(waitForPayment, 0);
});

// Records what subscribers received.
class Inbox {
 public:
  explicit Inbox(medusa::infra::EventBus& bus) {
    bus.subscribe(std::string(medusa::infra::kAllEvents), [this](const Event& e) {
      std::lock_guard lock(m_mutex);
      m_events.push_back(e);
    });
  }
  std::vector<Event> events() const {
    std::lock_guard lock(m_mutex);
    return m_events;
  }

 private:
  mutable std::mutex m_mutex;
  std::vector<Event> m_events;
};

}  // namespace

class WorkflowEventsTest : public QObject {
  Q_OBJECT

 private slots:
  void failedWorkflowPublishesNothing() {
    auto container = test::testContainer();
    container->resolve<Faults>().failInvokeOf("last");
    WorkflowEngine engine({.container = container});
    Inbox inbox(engine.eventBus());
    QVERIFY_THROWS_EXCEPTION(Error, engine.run(createThings, "f", {.transactionId = "tx-f"}));
    engine.eventBus().drain();
    QVERIFY(inbox.events().empty());
    QVERIFY(engine.execution("create-things", "tx-f")->events.empty());
  }

  void successfulWorkflowPublishesEverythingOnce() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    Inbox inbox(engine.eventBus());
    const auto result = engine.run(createThings, "s");
    engine.eventBus().drain();
    const auto events = inbox.events();
    QCOMPARE(events.size(), std::size_t(3));
    QCOMPARE(events[0].name, std::string("thing.created"));
    QCOMPARE(events[0].data, json::value(json::object{{"id", "s-a"}}));
    QCOMPARE(events[1].data, json::value(json::object{{"id", "s-b"}}));
    QCOMPARE(events[2].name, std::string("child.created"));
    const auto group = engine.execution("create-things", result.transactionId)->eventGroupId;
    QVERIFY(!group.empty());
    for (const auto& e : events) {
      QCOMPARE(e.metadata.at("eventGroupId"), json::value(group));  // nested: the same group
    }
    QCOMPARE(events[0].metadata.at("source"), json::value("test"));
  }

  void onlyTheSuccessfulAttemptsEventsArePublished() {
    auto container = test::testContainer();
    container->registerService(std::make_shared<Attempts>());
    WorkflowEngine engine({.container = container});
    Inbox inbox(engine.eventBus());
    engine.run(retrying, 0);
    engine.eventBus().drain();
    const auto events = inbox.events();
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].data, json::value(2));
  }

  void waitingWorkflowPublishesWhenItFinishes() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    Inbox inbox(engine.eventBus());
    engine.run(paying, 0, {.transactionId = "tx-p"});
    engine.eventBus().drain();
    QVERIFY(inbox.events().empty());
    QCOMPARE(engine.execution("paying", "tx-p")->events.size(), std::size_t(1));
    engine.setStepSuccess("paying", "tx-p", "wait-for-payment");
    QCOMPARE(test::str(engine.waitForCompletion("paying", "tx-p", 5s).state),
             test::str(TransactionState::Done));
    engine.eventBus().drain();
    QCOMPARE(inbox.events().size(), std::size_t(1));
    QCOMPARE(inbox.events()[0].name, std::string("order.placed"));
  }
};

QTEST_APPLESS_MAIN(WorkflowEventsTest)
#include "workflow_events_test.moc"
