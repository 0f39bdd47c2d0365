// SPDX-License-Identifier: MIT
// Crash recovery: an execution left running in the store is compensated or resumed by a new
// engine's recover(). The "crash" is simulated: engine A is stopped inside step 3 while its store
// is copied; engine B starts on that copy, as a restarted process would on PostgreSQL.
#include <QtTest>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <future>
#include <memory>
#include <string>
#include <thread>

#include "medusa/workflow/memory_workflow_execution_store.h"
#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"

using namespace medusa::workflow;
using namespace std::chrono_literals;
using medusa::Error;
using test::RecordingDatabase;
namespace json = medusa::json;

namespace {

// Holds step 3 in the "crashing" engine; lets it through in the restarted one.
struct Gate {
  bool blocking = false;
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
};

StepOptions resumable() {
  StepOptions options;
  options.resumable = true;
  return options;
}

auto gateStep(StepOptions options) {
  return makeStep(
      "step-3",
      [](const std::string& row, StepContext& ctx) {
        auto& gate = ctx.resolve<Gate>();
        if (gate.blocking) {
          gate.entered.set_value();
          test::ready(gate.released);
          throw medusa::Error(medusa::ErrorType::UnexpectedState, "zombie run stopped");
        }
        ctx.resolve<RecordingDatabase>().insert(row);
        return row;
      },
      [](const std::string& row, StepContext& ctx) { ctx.resolve<RecordingDatabase>().erase(row); },
      options);
}

const auto step1 = test::rowStep("step-1");
const auto step2 = test::rowStep("step-2");
const auto step3 = gateStep({});
const auto step3Resumable = gateStep(resumable());
const auto step4 = test::rowStep("step-4");

const auto crashing = makeWorkflow("crashing", [](const std::string& in, Flow& flow) {
  flow.run(step1, in + "-1");
  flow.run(step2, in + "-2");
  flow.run(in == "resume" ? step3Resumable : step3, in + "-3");
  return flow.run(step4, in + "-4");
});

struct Crash {
  std::shared_ptr<RecordingDatabase> db = std::make_shared<RecordingDatabase>();
  std::shared_ptr<Gate> gate = std::make_shared<Gate>();
  std::shared_ptr<MemoryWorkflowExecutionStore> diskAtCrash =
      std::make_shared<MemoryWorkflowExecutionStore>();
};

std::shared_ptr<ServiceContainer> containerFor(const Crash& crash, bool blocking) {
  auto container = test::testContainer();
  container->registerService(crash.db);
  auto gate = blocking ? crash.gate : std::make_shared<Gate>();
  gate->blocking = blocking;
  container->registerService(gate);
  return container;
}

}  // namespace

class WorkflowRecoveryTest : public QObject {
  Q_OBJECT

  // Runs `crashing` with `input` on engine A until step 3 runs, then copies A's store: that
  // copy is what a crashed process leaves behind. `afterCrash` runs on a fresh engine B over
  // the copy; A is let go afterwards (its late failure does not touch B's store).
  template <class F>
  void crashThenRestart(const std::string& input, F afterCrash) {
    Crash crash;
    auto storeA = std::make_shared<MemoryWorkflowExecutionStore>();
    WorkflowEngine engineA({.container = containerFor(crash, true), .store = storeA});
    auto zombie = std::async(std::launch::async, [&] {
      return engineA.run(crashing, input, {.transactionId = "tx-crash", .throwOnError = false});
    });
    QVERIFY(test::ready(crash.gate->entered.get_future()));
    const auto atCrash = storeA->load("crashing", "tx-crash");
    QVERIFY(atCrash);
    QCOMPARE(test::str(atCrash->findStep("step-3")->state), test::str(StepState::Invoking));
    crash.diskAtCrash->save(*atCrash);
    {
      WorkflowEngine engineB({.container = containerFor(crash, false), .store = crash.diskAtCrash});
      engineB.registerWorkflow(crashing);
      afterCrash(engineB, *crash.db);
    }
    crash.gate->release.set_value();
    zombie.get();
  }

 private slots:
  void interruptedExecutionIsCompensated() {
    crashThenRestart("comp", [](WorkflowEngine& engine, const RecordingDatabase& db) {
      QCOMPARE(db.rows().size(), std::size_t(2));
      const auto report = engine.recover();
      QCOMPARE(report.compensated, std::size_t(1));
      QCOMPARE(report.resumed, std::size_t(0));
      QVERIFY(db.rows().empty());
      const std::vector<std::string> deleted{"delete comp-2", "delete comp-1"};
      QCOMPARE(db.logOf("delete "), deleted);
      const auto record = engine.execution("crashing", "tx-crash");
      QCOMPARE(test::str(record->state), test::str(TransactionState::Reverted));
      QCOMPARE(test::str(record->findStep("step-3")->state), test::str(StepState::Failed));
      QVERIFY(record->errors.at(0).message.find("interrupted") != std::string::npos);
      // Once recovered, there is nothing left to do.
      QCOMPARE(engine.recover().compensated, std::size_t(0));
    });
  }

  void interruptedResumableStepIsResumed() {
    crashThenRestart("resume", [](WorkflowEngine& engine, const RecordingDatabase& db) {
      const auto report = engine.recover();
      QCOMPARE(report.resumed, std::size_t(1));
      const auto record = engine.execution("crashing", "tx-crash");
      QCOMPARE(test::str(record->state), test::str(TransactionState::Done));
      QCOMPARE(record->result, json::value("resume-4"));
      const std::set<std::string> rows{"resume-1", "resume-2", "resume-3", "resume-4"};
      QCOMPARE(db.rows(), rows);
      QCOMPARE(db.count("insert resume-1"), 1L);  // completed steps were not run again
    });
  }

  void waitingAsyncExecutionStaysWaiting() {
    StepOptions async;
    async.async = true;
    const auto pay = makeStep(
        "pay", [](const int&, StepContext&) { return 0; }, async);
    const auto wf =
        makeWorkflow("paying", [&](const int&, Flow& flow) { return flow.run(pay, 0) + 1; });
    auto store = std::make_shared<MemoryWorkflowExecutionStore>();
    {
      WorkflowEngine before({.store = store});
      QCOMPARE(test::str(before.run(wf, 0, {.transactionId = "tx-w"}).state),
               test::str(TransactionState::Invoking));
    }
    WorkflowEngine after({.store = store});
    after.registerWorkflow(wf);
    const auto report = after.recover();
    QCOMPARE(report.resumed + report.compensated, std::size_t(0));
    // The webhook reaches the restarted server and finishes the execution there.
    after.setStepSuccess("paying", "tx-w", "pay", json::value(41));
    const auto record = after.waitForCompletion("paying", "tx-w", 5s);
    QCOMPARE(record.result, json::value(42));
  }

  void unknownWorkflowIsLeftAlone() {
    ExecutionRecord orphan;
    orphan.workflowId = "gone";
    orphan.transactionId = "tx-o";
    orphan.state = TransactionState::Invoking;
    auto store = std::make_shared<MemoryWorkflowExecutionStore>();
    store->save(orphan);
    WorkflowEngine engine({.store = store});
    QCOMPARE(engine.recover().unknownWorkflow, std::size_t(1));
    QCOMPARE(test::str(store->load("gone", "tx-o")->state), test::str(TransactionState::Invoking));
  }

  void recordRoundTripsThroughJson() {
    auto container = test::testContainer();
    container->resolve<test::Faults>().failCompensationOf("step-1");
    container->resolve<test::Faults>().failInvokeOf("step-4");
    container->registerService(std::make_shared<Gate>());
    WorkflowEngine engine({.container = container});
    engine.run(crashing, "json",
               {.transactionId = "tx-j", .idempotencyKey = "k", .throwOnError = false});
    const auto record = *engine.execution("crashing", "tx-j");
    const auto text = json::stringify(boost::json::value_from(record));
    const auto back = boost::json::value_to<ExecutionRecord>(json::parse(text));
    QCOMPARE(json::stringify(boost::json::value_from(back)), text);
    QCOMPARE(back.idempotencyKey.value_or(""), std::string("k"));
    QCOMPARE(test::str(back.state), test::str(TransactionState::Failed));
    QCOMPARE(back.steps.size(), std::size_t(4));
    QCOMPARE(*back.steps[0].compensationInput, json::value("json-1"));
    QCOMPARE(back.errors.size(), std::size_t(2));
  }
};

QTEST_APPLESS_MAIN(WorkflowRecoveryTest)
#include "workflow_recovery_test.moc"
