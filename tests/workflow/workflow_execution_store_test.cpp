// SPDX-License-Identifier: MIT
// The WorkflowExecutionStore contract (begin/save/load/list), checked on the memory store and on
// the PostgreSQL store, plus begin under concurrency and the engine's idempotency on PostgreSQL.
#include <QtTest>
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "medusa/core/id.h"
#include "medusa/db/migration_runner.h"
#include "medusa/db/pool.h"
#include "medusa/workflow/memory_workflow_execution_store.h"
#include "medusa/workflow/postgres_workflow_execution_store.h"
#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"
#include "test_services.h"

using namespace medusa::workflow;
using medusa::db::MigrationRunner;
using medusa::db::Pool;
using medusa::db::PoolOptions;

namespace {

ExecutionRecord record(const std::string& workflowId, const std::string& transactionId,
                       std::optional<std::string> key = std::nullopt,
                       TransactionState state = TransactionState::Invoking) {
  ExecutionRecord out;
  out.id = medusa::id::generate("wf_exec");
  out.workflowId = workflowId;
  out.transactionId = transactionId;
  out.idempotencyKey = std::move(key);
  out.state = state;
  out.input = medusa::json::value("input-of-" + transactionId);
  return out;
}

// The contract every store satisfies (see WorkflowExecutionStore's comments).
void checkContract(WorkflowExecutionStore& store) {
  // A new execution is stored; the same ids while it runs return it.
  QVERIFY(!store.begin(record("wf", "tx-1")));
  const auto loaded = store.load("wf", "tx-1");
  QVERIFY(loaded);
  QCOMPARE(loaded->input, medusa::json::value("input-of-tx-1"));
  const auto running = store.begin(record("wf", "tx-1"));
  QVERIFY(running);
  QCOMPARE(test::str(running->state), test::str(TransactionState::Invoking));
  QVERIFY(!store.load("wf", "unknown"));
  QVERIFY(!store.load("other", "tx-1"));

  // Finished without a key: the ids may be reused, the new run replaces the old record.
  auto finished = *loaded;
  finished.state = TransactionState::Done;
  finished.result = medusa::json::value(42);
  store.save(finished);
  QCOMPARE(store.load("wf", "tx-1")->result, medusa::json::value(42));
  auto again = record("wf", "tx-1");
  again.input = medusa::json::value("second");
  QVERIFY(!store.begin(again));
  QCOMPARE(store.load("wf", "tx-1")->input, medusa::json::value("second"));
  QCOMPARE(test::str(store.load("wf", "tx-1")->state), test::str(TransactionState::Invoking));

  // An idempotency key stands in the way in any state, under any transaction id.
  QVERIFY(!store.begin(record("wf", "tx-k", "key-1")));
  auto keyed = *store.load("wf", "tx-k");
  keyed.state = TransactionState::Reverted;
  store.save(keyed);
  const auto byKey = store.begin(record("wf", "tx-other", "key-1"));
  QVERIFY(byKey);
  QCOMPARE(byKey->transactionId, std::string("tx-k"));
  QCOMPARE(test::str(byKey->state), test::str(TransactionState::Reverted));
  QVERIFY(!store.load("wf", "tx-other"));
  // A finished idempotent execution keeps its ids, even when begun without the key.
  const auto sameIds = store.begin(record("wf", "tx-k"));
  QVERIFY(sameIds);
  QCOMPARE(sameIds->idempotencyKey, std::optional<std::string>("key-1"));
  // Keys are per workflow.
  QVERIFY(!store.begin(record("other-wf", "tx-k", "key-1")));

  // list() filters by state.
  const auto invoking = store.list({TransactionState::Invoking});
  QCOMPARE(invoking.size(), std::size_t(2));  // wf/tx-1 and other-wf/tx-k
  const auto finishedOnes = store.list({TransactionState::Done, TransactionState::Reverted});
  QCOMPARE(finishedOnes.size(), std::size_t(1));
  QCOMPARE(finishedOnes.at(0).transactionId, std::string("tx-k"));
  QVERIFY(store.list({TransactionState::Failed}).empty());
}

const auto recordStep = makeStep("record-call", [](const std::string& in, StepContext& ctx) {
  ++ctx.resolve<std::atomic<int>>();
  return "ran-" + in;
});
const auto onceWorkflow = makeWorkflow(
    "run-once", [](const std::string& in, Flow& flow) { return flow.run(recordStep, in); });

}  // namespace

class WorkflowExecutionStoreTest : public QObject {
  Q_OBJECT

  // A pool on a fresh database with the workflow_engine migrations applied.
  std::unique_ptr<Pool> migratedPool() {
    auto pool = std::make_unique<Pool>(PoolOptions{medusa::test::createDatabase("wf_store")});
    MigrationRunner(*pool, workflowExecutionMigrations()).migrate();
    return pool;
  }

 private slots:
  void memoryStoreKeepsTheContract() {
    MemoryWorkflowExecutionStore store;
    checkContract(store);
  }

  void postgresStoreKeepsTheContract() {
    auto pool = migratedPool();
    PostgresWorkflowExecutionStore store(*pool);
    checkContract(store);
  }

  void migrationRollsBack() {
    auto pool = migratedPool();
    MigrationRunner runner(*pool, workflowExecutionMigrations());
    QCOMPARE(runner.rollback().size(), std::size_t(1));
    QCOMPARE(runner.migrate().size(), std::size_t(1));
  }

  void concurrentBeginWithOneKeyHasOneWinner() {
    auto pool = migratedPool();
    PostgresWorkflowExecutionStore store(*pool);
    constexpr int kThreads = 8;
    std::atomic<int> winners{0};
    std::atomic<int> losers{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
      threads.emplace_back([&, i] {
        while (!go) std::this_thread::yield();
        const auto existing = store.begin(record("wf", "tx-" + std::to_string(i), "same-key"));
        if (!existing) {
          ++winners;
        } else if (existing->idempotencyKey == std::optional<std::string>("same-key")) {
          ++losers;
        }
      });
    }
    go = true;
    for (auto& thread : threads) thread.join();
    QCOMPARE(winners.load(), 1);
    QCOMPARE(losers.load(), kThreads - 1);
    QCOMPARE(store.list({TransactionState::Invoking}).size(), std::size_t(1));
  }

  void engineRunsOnceWithAnIdempotencyKey() {
    auto pool = migratedPool();
    auto container = std::make_shared<ServiceContainer>();
    auto calls = std::make_shared<std::atomic<int>>(0);
    container->registerService(calls);
    WorkflowEngine engine(
        {.container = container, .store = std::make_shared<PostgresWorkflowExecutionStore>(*pool)});
    const auto first = engine.run(onceWorkflow, "a", {.idempotencyKey = "k-1"});
    const auto second = engine.run(onceWorkflow, "b", {.idempotencyKey = "k-1"});
    QCOMPARE(first.value(), std::string("ran-a"));
    QCOMPARE(second.value(), std::string("ran-a"));
    QCOMPARE(calls->load(), 1);
    const auto stored = engine.execution("run-once", first.transactionId);
    QVERIFY(stored);
    QCOMPARE(test::str(stored->state), test::str(TransactionState::Done));
    QVERIFY(stored->id.rfind("wf_exec_", 0) == 0);
  }
};

QTEST_APPLESS_MAIN(WorkflowExecutionStoreTest)
#include "workflow_execution_store_test.moc"
