// SPDX-License-Identifier: MIT
// The connection pool: its bound, borrow timeout, health check, discarding broken connections
// and the one retry of a transaction whose connection broke before COMMIT.
#include <QElapsedTimer>
#include <QtTest>
#include <atomic>
#include <thread>
#include <vector>

#include "db_test_helpers.h"

using namespace medusa;
using namespace medusa::test;
using db::Pool;
using db::TxContext;

namespace {

long long backendPid(Pool& pool) {
  return scalar(pool, "SELECT pg_backend_pid()");
}

// Ends a server process from outside, as a crash or an administrator would.
void terminateBackend(Pool& pool, long long pid) {
  auto connection = pool.connectDedicated();
  pqxx::nontransaction tx(*connection);
  tx.exec_params("SELECT pg_terminate_backend($1)", pid);
}

}  // namespace

class PoolTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { m_url = createDatabase("pool"); }

  void opensConnectionsLazily() {
    Pool pool(poolOptions(m_url, 3));
    QCOMPARE(pool.stats().size, 0u);
    QCOMPARE(scalar(pool, "SELECT 1"), 1);
    QCOMPARE(scalar(pool, "SELECT 2"), 2);
    const auto stats = pool.stats();
    QCOMPARE(stats.size, 1u);  // the second transaction reused the first connection
    QCOMPARE(stats.opened, 1u);
    QCOMPARE(stats.idle, 1u);
    QCOMPARE(stats.inUse, 0u);
  }

  void exhaustedPoolTimesOut() {
    Pool pool(poolOptions(m_url, 2, 300ms));
    auto first = pool.borrow();
    auto second = pool.borrow();
    QCOMPARE(pool.stats().inUse, 2u);
    QElapsedTimer timer;
    timer.start();
    const auto error = errorOf([&] { pool.borrow(); });
    const auto elapsed = timer.elapsed();
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::DatabaseError));
    QVERIFY2(
        error->message().find("timed out waiting for a database connection") != std::string::npos,
        error->message().c_str());
    QVERIFY2(elapsed >= 280 && elapsed < 1500, std::to_string(elapsed).c_str());
    QCOMPARE(pool.stats().size, 2u);  // never more than the bound
  }

  void waiterGetsReturnedConnection() {
    Pool pool(poolOptions(m_url, 1, 3s));
    auto lease = std::make_optional(pool.borrow());
    std::thread releaser([&] {
      std::this_thread::sleep_for(100ms);
      lease.reset();
    });
    QElapsedTimer timer;
    timer.start();
    auto next = pool.borrow();
    const auto elapsed = timer.elapsed();
    releaser.join();
    QVERIFY2(elapsed >= 80 && elapsed < 2000, std::to_string(elapsed).c_str());
    QCOMPARE(pool.stats().opened, 1u);
  }

  void threadsShareTheBound() {
    Pool pool(poolOptions(m_url, 3));
    execScript(pool, "CREATE TABLE shared_counter (n integer NOT NULL)");
    static constexpr db::Statement kInsert{"test.shared_counter.insert",
                                           "INSERT INTO shared_counter (n) VALUES ($1)"};
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < 25; ++i) {
          try {
            pool.transact([&](TxContext& tx) { tx.exec(kInsert, t * 100 + i); });
          } catch (const std::exception&) {
            ++failures;
          }
        }
      });
    }
    for (auto& thread : threads) thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(scalar(pool, "SELECT count(DISTINCT n) FROM shared_counter"), 200);
    const auto stats = pool.stats();
    QVERIFY(stats.opened <= 3);
    QCOMPARE(stats.inUse, 0u);
  }

  void healthCheckDiscardsBrokenIdleConnection() {
    Pool pool(poolOptions(m_url, 2, 2s, 0ms));  // validate on every borrow
    const auto pid = backendPid(pool);
    terminateBackend(pool, pid);
    const auto newPid = backendPid(pool);
    QVERIFY(newPid != pid);
    const auto stats = pool.stats();
    QCOMPARE(stats.discarded, 1u);
    QCOMPARE(stats.opened, 2u);
    QCOMPARE(stats.size, 1u);
  }

  void transactionRetriedOnceAfterLostConnection() {
    Pool pool(poolOptions(m_url, 1, 2s, 1h));  // no validation: the stale connection is used
    execScript(pool, "CREATE TABLE retried (id text PRIMARY KEY)");
    terminateBackend(pool, backendPid(pool));
    // The break shows when the transaction begins, before the callback runs, or at its first
    // statement: either way the caller sees success.
    int attempts = 0;
    pool.transact([&](TxContext& tx) {
      ++attempts;
      tx.execScript("INSERT INTO retried (id) VALUES ('once')");
    });
    QVERIFY(attempts == 1 || attempts == 2);
    QCOMPARE(scalar(pool, "SELECT count(*) FROM retried"), 1);
    const auto stats = pool.stats();
    QCOMPARE(stats.discarded, 1u);
    QCOMPARE(stats.opened, 2u);
  }

  void workBeforeTheBreakIsRolledBackThenRedone() {
    Pool pool(poolOptions(m_url, 1));
    execScript(pool, "CREATE TABLE redone (id text PRIMARY KEY)");
    int attempts = 0;
    pool.transact([&](TxContext& tx) {
      ++attempts;
      tx.execScript("INSERT INTO redone (id) VALUES ('x')");  // a duplicate if attempt 1 stuck
      if (attempts == 1) tx.execScript("SELECT pg_terminate_backend(pg_backend_pid())");
    });
    QCOMPARE(attempts, 2);
    QCOMPARE(scalar(pool, "SELECT count(*) FROM redone"), 1);
  }

  void retriesOnlyOnce() {
    Pool pool(poolOptions(m_url, 1));
    int attempts = 0;
    const auto error = errorOf([&] {
      pool.transact([&](TxContext& tx) {
        ++attempts;
        tx.execScript("SELECT pg_terminate_backend(pg_backend_pid())");
      });
    });
    QCOMPARE(attempts, 2);
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::DatabaseError));
    QCOMPARE(pool.stats().size, 0u);  // both broken connections were discarded
  }

  void connectFailureIsDatabaseErrorWithoutSecrets() {
    Pool pool(poolOptions("postgresql://medusa:s3cret@127.0.0.1:1/nowhere", 1, 2s));
    const auto error = errorOf([&] { pool.borrow(); });
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::DatabaseError));
    QVERIFY(error->message().find("s3cret") == std::string::npos);
    QVERIFY(error->message().find("127.0.0.1") == std::string::npos);
    const auto stats = pool.stats();
    QCOMPARE(stats.size, 0u);  // the reserved slot was given back
    QCOMPARE(stats.inUse, 0u);
  }

  void rejectsEmptyPool() {
    const auto error = errorOf([&] { Pool pool(poolOptions(m_url, 0)); });
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::InvalidArgument));
  }

 private:
  std::string m_url;
};

QTEST_APPLESS_MAIN(PoolTest)
#include "pool_test.moc"
