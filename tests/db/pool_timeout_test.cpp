// SPDX-License-Identifier: MIT
// Time limits of the pool (issue #12): the session timeouts every pooled connection gets, and
// a request deadline (medusa/core/deadline.h) that cancels slow work, frees the connection and
// leaves it usable.
#include <QElapsedTimer>
#include <QtTest>

#include "db_test_helpers.h"
#include "medusa/core/deadline.h"

using namespace medusa;
using namespace medusa::test;
using db::Pool;
using db::TxContext;

namespace {

db::PoolOptions withTimeouts(std::string url, std::chrono::milliseconds statement,
                             std::chrono::milliseconds lock = 0ms) {
  auto options = poolOptions(std::move(url), 1);
  options.statementTimeout = statement;
  options.lockTimeout = lock;
  options.idleInTransactionTimeout = 60s;
  return options;
}

std::string setting(Pool& pool, const char* name) {
  return pool.transact([&](TxContext& tx) {
    db::Params params;
    params.add(name);
    return tx.execDynamic("SELECT current_setting($1)", params)[0][0].as<std::string>();
  });
}

// The Error `work` throws; a made-up one (failing the comparisons) when it throws none.
template <class F>
Error thrownBy(F&& work) {
  return medusa::test::errorOf(std::forward<F>(work))
      .value_or(Error(ErrorType::UnexpectedState, "no error was thrown"));
}

}  // namespace

class PoolTimeoutTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { m_url = createDatabase("pool_timeout"); }

  void everyConnectionGetsTheTimeouts() {
    Pool pool(withTimeouts(m_url, 1500ms, 700ms));
    QCOMPARE(setting(pool, "statement_timeout"), std::string("1500ms"));
    QCOMPARE(setting(pool, "lock_timeout"), std::string("700ms"));
    QCOMPARE(setting(pool, "idle_in_transaction_session_timeout"), std::string("1min"));
  }

  // Before issue #12 nothing bounded a statement: pg_sleep(3) held the connection 3 s.
  void aSlowStatementIsCancelledAndTheConnectionStaysUsable() {
    Pool pool(withTimeouts(m_url, 200ms));
    QElapsedTimer timer;
    timer.start();
    const auto e = thrownBy([&] { execScript(pool, "SELECT pg_sleep(3)"); });
    QVERIFY2(timer.elapsed() < 2000, "the statement was not cancelled");
    QCOMPARE(wire(e.type()), wire(ErrorType::DatabaseError));
    QCOMPARE(e.code(), std::optional<std::string>(std::string(kTimeoutCode)));
    QCOMPARE(toErrorResponse(e).status, 503);
    QCOMPARE(pool.stats().inUse, 0u);
    QCOMPARE(scalar(pool, "SELECT 42"), 42);  // the same connection, healthy
    QCOMPARE(pool.stats().opened, 1u);
    QCOMPARE(pool.stats().discarded, 0u);
  }

  // A request's budget bounds its statements even when the pool's own timeout is longer.
  void aRequestDeadlineCutsAStatementShort() {
    Pool pool(withTimeouts(m_url, 10s));
    QElapsedTimer timer;
    timer.start();
    const auto e = thrownBy([&] {
      const DeadlineScope budget(std::chrono::steady_clock::now() + 300ms);
      execScript(pool, "SELECT pg_sleep(3)");
    });
    QVERIFY2(timer.elapsed() < 2000, "the request deadline did not cancel the statement");
    QCOMPARE(e.code(), std::optional<std::string>(std::string(kTimeoutCode)));
    QCOMPARE(pool.stats().inUse, 0u);
    // Outside the budget the same connection runs long statements again.
    QCOMPARE(scalar(pool, "SELECT count(*) FROM pg_sleep(0.4)"), 1);
    QCOMPARE(pool.stats().opened, 1u);
  }

  void noStatementStartsPastTheDeadline() {
    Pool pool(withTimeouts(m_url, 10s));
    const auto e = thrownBy([&] {
      const DeadlineScope budget(std::chrono::steady_clock::now() - 1ms);
      scalar(pool, "SELECT 1");
    });
    QCOMPARE(e.code(), std::optional<std::string>(std::string(kTimeoutCode)));
    QCOMPARE(pool.stats().inUse, 0u);
  }

  // Waiting for a connection counts against the request's budget as well.
  void aBorrowWaitsNoLongerThanTheDeadline() {
    Pool pool(withTimeouts(m_url, 10s));
    auto held = pool.borrow();  // the only connection
    QElapsedTimer timer;
    timer.start();
    const auto e = thrownBy([&] {
      const DeadlineScope budget(std::chrono::steady_clock::now() + 200ms);
      auto second = pool.borrow();
    });
    QVERIFY(timer.elapsed() < 2000);  // the pool's borrow timeout is 5 s
    QCOMPARE(e.code(), std::optional<std::string>(std::string(kTimeoutCode)));
  }

  void suspensionLiftsTheDeadline() {
    Pool pool(withTimeouts(m_url, 10s));
    const DeadlineScope budget(std::chrono::steady_clock::now() - 1ms);
    const DeadlineSuspension compensation;
    QCOMPARE(scalar(pool, "SELECT 7"), 7);
  }

 private:
  std::string m_url;
};

QTEST_GUILESS_MAIN(PoolTimeoutTest)
#include "pool_timeout_test.moc"
