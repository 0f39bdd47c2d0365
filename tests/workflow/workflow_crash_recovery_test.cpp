// SPDX-License-Identifier: MIT
// Real crash recovery: crash_runner runs a workflow on the PostgreSQL store and is SIGKILLed
// inside step 2; a new engine over the same database recovers and compensates the execution.
#include <QProcess>
#include <QtTest>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "crash_workflow.h"
#include "medusa/db/migration_runner.h"
#include "medusa/workflow/postgres_workflow_execution_store.h"
#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"
#include "test_services.h"

using namespace medusa::workflow;
using namespace std::chrono_literals;

namespace {

constexpr medusa::db::Statement kCountProgress{"crash_test.count_progress",
                                               "SELECT count(*) FROM crash_progress"};
constexpr medusa::db::Statement kSideEffects{
    "crash_test.side_effects",
    "SELECT coalesce(string_agg(row_id, ',' ORDER BY row_id), '') "
    "FROM crash_side_effect"};

std::string sideEffects(medusa::db::Pool& pool) {
  return pool.transact(
      [](medusa::db::TxContext& tx) { return tx.exec1(kSideEffects)[0].as<std::string>(); });
}

// Polls until step 2 has marked itself running, up to 20 s.
bool waitForStep2(medusa::db::Pool& pool) {
  for (int i = 0; i < 200; ++i) {
    const auto count = pool.transact(
        [](medusa::db::TxContext& tx) { return tx.exec1(kCountProgress)[0].as<long long>(); });
    if (count > 0) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

}  // namespace

class WorkflowCrashRecoveryTest : public QObject {
  Q_OBJECT

 private slots:
  void killedExecutionIsCompensatedOnRecovery() {
    const auto url = medusa::test::createDatabase("wf_crash");
    auto pool = std::make_shared<medusa::db::Pool>(medusa::db::PoolOptions{url});
    medusa::db::MigrationRunner(*pool, workflowExecutionMigrations()).migrate();
    pool->transact([](medusa::db::TxContext& tx) { tx.execScript(test::kCrashTablesSql); });

    QProcess runner;
    runner.setProcessChannelMode(QProcess::ForwardedChannels);
    runner.start(QStringLiteral(MEDUSA_CRASH_RUNNER), {QString::fromStdString(url)});
    QVERIFY(runner.waitForStarted());
    QVERIFY(waitForStep2(*pool));
    QCOMPARE(sideEffects(*pool), std::string("crash-1,crash-2"));
    runner.kill();  // SIGKILL: no destructor, no compensation in that process
    QVERIFY(runner.waitForFinished(10'000));
    QCOMPARE(runner.exitStatus(), QProcess::CrashExit);

    auto store = std::make_shared<PostgresWorkflowExecutionStore>(*pool);
    const auto atCrash = store->load(test::kCrashWorkflowId, test::kCrashTransactionId);
    QVERIFY(atCrash);
    QCOMPARE(test::str(atCrash->state), test::str(TransactionState::Invoking));
    QCOMPARE(test::str(atCrash->findStep("step-2")->state), test::str(StepState::Invoking));

    auto container = std::make_shared<ServiceContainer>();
    container->registerService(pool);
    WorkflowEngine engine({.container = container, .store = store});
    engine.registerWorkflow(test::crashWorkflow);
    const auto report = engine.recover();
    QCOMPARE(report.compensated, std::size_t(1));
    QCOMPARE(report.resumed, std::size_t(0));

    const auto recovered = store->load(test::kCrashWorkflowId, test::kCrashTransactionId);
    QVERIFY(recovered);
    QCOMPARE(test::str(recovered->state), test::str(TransactionState::Reverted));
    QCOMPARE(test::str(recovered->findStep("step-1")->state), test::str(StepState::Reverted));
    QCOMPARE(test::str(recovered->findStep("step-2")->state), test::str(StepState::Failed));
    QVERIFY(!recovered->findStep("step-3"));
    // Step 1 was compensated. Step 2's invoke never returned, so the engine has no compensation
    // input for it and its row stays (Medusa does the same for an interrupted step).
    QCOMPARE(sideEffects(*pool), std::string("crash-2"));
    QVERIFY(store->list({TransactionState::Invoking}).empty());
  }
};

QTEST_GUILESS_MAIN(WorkflowCrashRecoveryTest)
#include "workflow_crash_recovery_test.moc"
