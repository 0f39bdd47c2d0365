// SPDX-License-Identifier: MIT
// Rolling back: reverse order, every failure position, failing compensations, no double runs.
#include <QtTest>
#include <future>
#include <latch>
#include <string>
#include <vector>

#include "medusa/workflow/memory_workflow_execution_store.h"
#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"

using namespace medusa::workflow;
using medusa::Error;
using medusa::ErrorType;
using test::Faults;
using test::RecordingDatabase;

namespace {

const auto step1 = test::rowStep("step-1");
const auto step2 = test::rowStep("step-2");
const auto step3 = test::rowStep("step-3");
const auto step4 = test::rowStep("step-4");

// Four steps, then a check the test can make fail after the last step.
const auto fourSteps = makeWorkflow("four-steps", [](const std::string& prefix, Flow& flow) {
  std::vector<std::string> rows;
  for (const auto* step : {&step1, &step2, &step3, &step4}) {
    rows.push_back(flow.run(*step, prefix + "/" + step->id()));
  }
  if (prefix == "fail-after-last") throw Error(ErrorType::InvalidData, "rejected at the end");
  return rows;
});

// Output and compensation input differ: the compensation must get the latter.
const auto secretStep = makeStep(
    "secret-step",
    [](const std::string&, StepContext& ctx) {
      ctx.resolve<RecordingDatabase>().insert("secret");
      return StepResponse{std::string("public output"), std::string("secret")};
    },
    [](const std::string& id, StepContext& ctx) { ctx.resolve<RecordingDatabase>().erase(id); });

const auto secretThenFail = makeWorkflow("secret-then-fail", [](const std::string& in, Flow& flow) {
  flow.run(secretStep, in);
  flow.run(step2, "second");
});

}  // namespace

class WorkflowCompensationTest : public QObject {
  Q_OBJECT

 private slots:
  void compensatesInReverseOrder() {
    auto container = test::testContainer();
    container->resolve<Faults>().failInvokeOf("step-4");
    WorkflowEngine engine({.container = container});
    QVERIFY_THROWS_EXCEPTION(Error, engine.run(fourSteps, "r"));
    const std::vector<std::string> expected{"delete r/step-3", "delete r/step-2",
                                            "delete r/step-1"};
    QCOMPARE(container->resolve<RecordingDatabase>().logOf("delete "), expected);
  }

  void failureAtEveryPositionLeavesDatabaseUnchanged_data() {
    QTest::addColumn<QString>("failing");
    QTest::addColumn<int>("completed");
    QTest::newRow("step 1") << "step-1" << 0;
    QTest::newRow("step 2") << "step-2" << 1;
    QTest::newRow("step 3") << "step-3" << 2;
    QTest::newRow("step 4") << "step-4" << 3;
    QTest::newRow("after the last step") << "after" << 4;
  }

  void failureAtEveryPositionLeavesDatabaseUnchanged() {
    QFETCH(QString, failing);
    QFETCH(int, completed);
    auto container = test::testContainer();
    auto& db = container->resolve<RecordingDatabase>();
    db.insert("existing");
    const auto before = db.rows();
    const bool afterLast = failing == "after";
    if (!afterLast) container->resolve<Faults>().failInvokeOf(failing.toStdString());
    WorkflowEngine engine({.container = container});

    const std::string prefix = afterLast ? "fail-after-last" : "p";
    try {
      engine.run(fourSteps, prefix, {.transactionId = "tx-1"});
      QFAIL("the workflow succeeded");
    } catch (const Error& e) {
      QCOMPARE(test::str(e.type()),
               test::str(ErrorType::InvalidData));  // the original error, re-thrown
    }
    QCOMPARE(db.rows(), before);
    QCOMPARE(static_cast<int>(db.logOf("delete ").size()), completed);
    const auto record = engine.execution("four-steps", "tx-1");
    QVERIFY(record);
    QCOMPARE(test::str(record->state), test::str(TransactionState::Reverted));
    QVERIFY(record->events.empty());
  }

  void failingCompensationMarksExecutionFailed() {
    auto container = test::testContainer();
    auto& faults = container->resolve<Faults>();
    faults.failInvokeOf("step-4");
    faults.failCompensationOf("step-2");
    WorkflowEngine engine({.container = container});
    try {
      engine.run(fourSteps, "f", {.transactionId = "tx-f"});
      QFAIL("the workflow succeeded");
    } catch (const Error& e) {
      QCOMPARE(e.message(), std::string("injected failure in step-4"));  // not the compensation's
    }
    const auto& db = container->resolve<RecordingDatabase>();
    // Step 1 was still compensated after step 2's compensation failed.
    const std::vector<std::string> deleted{"delete f/step-3", "delete f/step-1"};
    QCOMPARE(db.logOf("delete "), deleted);
    QCOMPARE(db.rows(), std::set<std::string>{"f/step-2"});

    const auto record = engine.execution("four-steps", "tx-f");
    QCOMPARE(test::str(record->state), test::str(TransactionState::Failed));
    QCOMPARE(test::str(record->findStep("step-2")->state),
             test::str(StepState::CompensationFailed));
    QCOMPARE(test::str(record->findStep("step-1")->state), test::str(StepState::Reverted));
    QCOMPARE(record->errors.size(), std::size_t(2));
    QCOMPARE(record->errors[0].stepId, std::string("step-4"));
    QCOMPARE(record->errors[1].action, std::string("compensate"));
    QCOMPARE(record->errors[1].stepId, std::string("step-2"));
  }

  void compensationNeverRunsTwice() {
    // Two parallel branches fail at the same moment; each completed step is undone once, and
    // neither recover() nor a restarted engine undoes anything again.
    auto container = test::testContainer();
    auto together = std::make_shared<std::latch>(2);
    auto failTogether = [together](const int&, StepContext&) {
      together->arrive_and_wait();
      throw Error(ErrorType::NotAllowed, "both fail");
    };
    const auto failA = makeStep("fail-a", failTogether);
    const auto failB = makeStep("fail-b", failTogether);
    const auto wf = makeWorkflow("double-failure", [&](const std::string& in, Flow& flow) {
      flow.run(step1, in);
      flow.parallel(
          [&](Flow& f) {
            f.run(step2, in + "-a");
            f.run(failA, 1);
          },
          [&](Flow& f) { f.run(failB, 2); });
    });
    auto store = std::make_shared<MemoryWorkflowExecutionStore>();
    {
      WorkflowEngine engine({.container = container, .store = store});
      QVERIFY_THROWS_EXCEPTION(Error, engine.run(wf, "x", {.transactionId = "tx-2"}));
      QCOMPARE(engine.recover().compensated, std::size_t(0));
    }
    WorkflowEngine restarted({.container = container, .store = store});
    restarted.registerWorkflow(wf);
    QCOMPARE(restarted.recover().compensated, std::size_t(0));
    const auto& db = container->resolve<RecordingDatabase>();
    QCOMPARE(db.count("delete x"), 1L);
    QCOMPARE(db.count("delete x-a"), 1L);
    QVERIFY(db.rows().empty());
    const auto record = store->load("double-failure", "tx-2");
    QCOMPARE(test::str(record->state), test::str(TransactionState::Reverted));
    QCOMPARE(test::str(record->findStep("fail-a")->state), test::str(StepState::Failed));
    QCOMPARE(test::str(record->findStep("fail-b")->state), test::str(StepState::Failed));
  }

  void nonThrowingRunReturnsErrors() {
    auto container = test::testContainer();
    container->resolve<Faults>().failInvokeOf("step-2");
    WorkflowEngine engine({.container = container});
    const auto result = engine.run(fourSteps, "n", {.throwOnError = false});
    QCOMPARE(test::str(result.state), test::str(TransactionState::Reverted));
    QVERIFY(!result.result);
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].type, std::string("invalid_data"));
    QCOMPARE(result.errors[0].stepId, std::string("step-2"));
    QVERIFY_THROWS_EXCEPTION(Error, result.value());
  }

  void compensationGetsItsOwnInput() {
    auto container = test::testContainer();
    container->resolve<Faults>().failInvokeOf("step-2");
    WorkflowEngine engine({.container = container});
    QVERIFY_THROWS_EXCEPTION(Error, engine.run(secretThenFail, "in", {.transactionId = "tx-s"}));
    const auto& db = container->resolve<RecordingDatabase>();
    QCOMPARE(db.count("delete secret"), 1L);
    const auto record = engine.execution("secret-then-fail", "tx-s");
    const auto* step = record->findStep("secret-step");
    QCOMPARE(step->output, medusa::json::value("public output"));
    QCOMPARE(*step->compensationInput, medusa::json::value("secret"));
  }

  void successfulRunReturnsResult() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    const auto result = engine.run(fourSteps, "ok");
    QVERIFY(result.done());
    QCOMPARE(result.value().size(), std::size_t(4));
    QCOMPARE(result.value()[3], std::string("ok/step-4"));
    QVERIFY(container->resolve<RecordingDatabase>().logOf("delete ").empty());
    QCOMPARE(test::str(engine.execution("four-steps", result.transactionId)->state),
             test::str(TransactionState::Done));
  }
};

QTEST_APPLESS_MAIN(WorkflowCompensationTest)
#include "workflow_compensation_test.moc"
