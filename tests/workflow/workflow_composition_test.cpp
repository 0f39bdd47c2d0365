// SPDX-License-Identifier: MIT
// Composing steps: parallel groups, nested workflows, when(), repeated steps.
#include <QtTest>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"

using namespace medusa::workflow;
using medusa::Error;
using medusa::ErrorType;
using test::Faults;
using test::RecordingDatabase;

namespace {

const auto first = test::rowStep("first");
const auto second = test::rowStep("second");
const auto third = test::rowStep("third");

// Two sides that can only finish if they run at the same time.
struct Rendezvous {
  std::promise<void> leftArrived;
  std::promise<void> rightArrived;
  std::shared_future<void> left = leftArrived.get_future().share();
  std::shared_future<void> right = rightArrived.get_future().share();
};

const auto leftStep = makeStep("left", [](const int&, StepContext& ctx) {
  auto& r = ctx.resolve<Rendezvous>();
  r.leftArrived.set_value();
  return test::ready(r.right);
});

const auto rightStep = makeStep("right", [](const int&, StepContext& ctx) {
  auto& r = ctx.resolve<Rendezvous>();
  r.rightArrived.set_value();
  return test::ready(r.left);
});

const auto meeting = makeWorkflow("meeting", [](const int&, Flow& flow) {
  const auto [left, right] = flow.parallel([](Flow& f) { return f.run(leftStep, 1); },
                                           [](Flow& f) { return f.run(rightStep, 2); });
  return left && right;
});

// Signalled when slowRow runs, so the failing sibling fails only after it started.
struct SlowStarted {
  std::promise<void> started;
  std::shared_future<void> future = started.get_future().share();
};

// Completes once the execution is cancelled (a sibling failed), so it finishes after the
// failure and must still be compensated.
const auto slowRow = makeStep(
    "slow-row",
    [](const std::string& row, StepContext& ctx) {
      ctx.resolve<SlowStarted>().started.set_value();
      ctx.sleepFor(std::chrono::seconds(5));
      ctx.resolve<RecordingDatabase>().insert(row);
      return row;
    },
    [](const std::string& row, StepContext& ctx) { ctx.resolve<RecordingDatabase>().erase(row); });

const auto failing = makeStep("failing", [](const int&, StepContext& ctx) -> int {
  test::ready(ctx.resolve<SlowStarted>().future);
  throw Error(ErrorType::NotAllowed, "branch failed");
});

const auto siblings = makeWorkflow("siblings", [](const std::string& in, Flow& flow) {
  flow.run(first, in + "-first");
  flow.parallel(
      [&](Flow& f) {
        f.run(slowRow, in + "-slow");
        f.run(second, in + "-never");  // the group is failing: must not start
      },
      [&](Flow& f) { f.run(failing, 0); });
});

const auto child = makeWorkflow("child", [](const std::string& in, Flow& flow) {
  flow.run(first, in + "-child-1");
  return flow.run(second, in + "-child-2");
});

const auto parentWorkflow = makeWorkflow("parent", [](const std::string& in, Flow& flow) {
  flow.run(first, in + "-parent-1");
  const auto fromChild = flow.run(child, in);
  flow.run(third, in + "-parent-3");
  return fromChild;
});

struct Conditional {
  bool withExtra = false;
};
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const Conditional& c) {
  out = {{"with_extra", c.withExtra}};
}
Conditional tag_invoke(const boost::json::value_to_tag<Conditional>&,
                       const boost::json::value& in) {
  return {in.at("with_extra").as_bool()};
}

const auto conditional = makeWorkflow("conditional", [](const Conditional& in, Flow& flow) {
  flow.run(first, "always");
  const auto extra = flow.when(in.withExtra, [&] { return flow.run(second, "extra"); });
  return extra.value_or("none");
});

const auto repeated = makeWorkflow("repeated", [](const std::string& in, Flow& flow) {
  flow.run(first, in + "-a");
  flow.run(first, in + "-b");
  flow.run(third, in + "-c");
});

const auto clash = makeWorkflow("clash", [](const int&, Flow& flow) {
  flow.parallel([](Flow& f) { f.run(first, "x"); }, [](Flow& f) { f.run(first, "y"); });
});

}  // namespace

class WorkflowCompositionTest : public QObject {
  Q_OBJECT

 private slots:
  void parallelBranchesRunConcurrently() {
    auto container = test::testContainer();
    container->registerService(std::make_shared<Rendezvous>());
    WorkflowEngine engine({.container = container});
    QVERIFY(engine.run(meeting, 0).value());
  }

  void parallelFailureCompensatesCompletedSiblings() {
    auto container = test::testContainer();
    container->registerService(std::make_shared<SlowStarted>());
    QElapsedTimer timer;
    timer.start();
    WorkflowEngine engine({.container = container});
    try {
      engine.run(siblings, "s", {.transactionId = "tx-p"});
      QFAIL("the workflow succeeded");
    } catch (const Error& e) {
      QCOMPARE(e.message(), std::string("branch failed"));
    }
    const auto& db = container->resolve<RecordingDatabase>();
    QCOMPARE(db.count("insert s-never"), 0L);
    const std::vector<std::string> deleted{"delete s-slow", "delete s-first"};
    QCOMPARE(db.logOf("delete "), deleted);
    QVERIFY(db.rows().empty());
    const auto record = engine.execution("siblings", "tx-p");
    QCOMPARE(test::str(record->state), test::str(TransactionState::Reverted));
    QVERIFY(timer.elapsed() < 4000);  // the slow step was cancelled, not waited for
  }

  void nestedWorkflowFailureCompensatesParent() {
    auto container = test::testContainer();
    container->resolve<Faults>().failInvokeOf("child/second");
    WorkflowEngine engine({.container = container});
    QVERIFY_THROWS_EXCEPTION(Error, engine.run(parentWorkflow, "n", {.transactionId = "tx-n"}));
    const auto& db = container->resolve<RecordingDatabase>();
    const std::vector<std::string> deleted{"delete n-child-1", "delete n-parent-1"};
    QCOMPARE(db.logOf("delete "), deleted);
    QCOMPARE(db.count("insert n-parent-3"), 0L);
    QVERIFY(db.rows().empty());
    const auto record = engine.execution("parent", "tx-n");
    QCOMPARE(test::str(record->findStep("child/first")->state), test::str(StepState::Reverted));
    QCOMPARE(test::str(record->findStep("child/second")->state), test::str(StepState::Failed));
  }

  void parentFailureCompensatesCompletedNestedWorkflow() {
    auto container = test::testContainer();
    container->resolve<Faults>().failInvokeOf("third");
    WorkflowEngine engine({.container = container});
    QVERIFY_THROWS_EXCEPTION(Error, engine.run(parentWorkflow, "m"));
    const auto& db = container->resolve<RecordingDatabase>();
    const std::vector<std::string> deleted{"delete m-child-2", "delete m-child-1",
                                           "delete m-parent-1"};
    QCOMPARE(db.logOf("delete "), deleted);
    QVERIFY(db.rows().empty());
  }

  void nestedWorkflowReturnsItsResult() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    QCOMPARE(engine.run(parentWorkflow, "ok").value(), std::string("ok-child-2"));
    QCOMPARE(container->resolve<RecordingDatabase>().rows().size(), std::size_t(4));
  }

  void whenRunsOnlyIfTheConditionHolds() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    QCOMPARE(engine.run(conditional, Conditional{false}).value(), std::string("none"));
    QCOMPARE(container->resolve<RecordingDatabase>().count("insert extra"), 0L);
    QCOMPARE(engine.run(conditional, Conditional{true}).value(), std::string("extra"));
    QCOMPARE(container->resolve<RecordingDatabase>().count("insert extra"), 1L);
  }

  void repeatedStepGetsItsOwnKeyAndCompensation() {
    auto container = test::testContainer();
    container->resolve<Faults>().failInvokeOf("third");
    WorkflowEngine engine({.container = container});
    QVERIFY_THROWS_EXCEPTION(Error, engine.run(repeated, "r", {.transactionId = "tx-r"}));
    const auto record = engine.execution("repeated", "tx-r");
    QVERIFY(record->findStep("first"));
    QVERIFY(record->findStep("first#2"));
    const std::vector<std::string> deleted{"delete r-b", "delete r-a"};
    QCOMPARE(container->resolve<RecordingDatabase>().logOf("delete "), deleted);
  }

  void sameStepInTwoParallelBranchesIsRejected() {
    auto container = test::testContainer();
    WorkflowEngine engine({.container = container});
    try {
      engine.run(clash, 0);
      QFAIL("the workflow succeeded");
    } catch (const Error& e) {
      QCOMPARE(test::str(e.type()), test::str(ErrorType::InvalidArgument));
    }
    QVERIFY(container->resolve<RecordingDatabase>().rows().empty());
  }
};

QTEST_APPLESS_MAIN(WorkflowCompositionTest)
#include "workflow_composition_test.moc"
