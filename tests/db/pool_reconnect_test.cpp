// SPDX-License-Identifier: MIT
// The pool after `pg_ctl restart`: the connections it holds are stale, yet the next transaction
// succeeds. Restarts the shared PostgreSQL, so CTest runs it alone (RUN_SERIAL).
#include <QtTest>

#include "db_test_helpers.h"

using namespace medusa;
using namespace medusa::test;
using db::Pool;
using db::TxContext;

namespace {

constexpr db::Statement kInsert{"test.visit.insert", "INSERT INTO visit (n) VALUES ($1)"};

// Opens `count` connections at once, so the pool holds that many idle ones afterwards.
void warmUp(Pool& pool, std::size_t count) {
  std::vector<Pool::Lease> leases;
  for (std::size_t i = 0; i < count; ++i) leases.push_back(pool.borrow());
}

}  // namespace

class PoolReconnectTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    m_url = createDatabase("reconnect");
    Pool pool(poolOptions(m_url, 1));
    execScript(pool, "CREATE TABLE visit (n integer NOT NULL)");
  }

  void staleConnectionsAreReplacedWithoutError() {
    // Idle connections are trusted (no validation): the first transaction hits a dead one.
    Pool pool(poolOptions(m_url, 2, 5s, 1h));
    warmUp(pool, 2);
    pool.transact([](TxContext& tx) { tx.exec(kInsert, 1); });  // prepared on a connection
    QCOMPARE(pool.stats().idle, 2u);

    restartPostgres();

    pool.transact([](TxContext& tx) { tx.exec(kInsert, 2); });
    auto stats = pool.stats();
    // The dead connection was dropped; the other idle one, now suspect, was checked and dropped
    // too instead of failing the retry.
    QCOMPARE(stats.discarded, 2u);
    QCOMPARE(stats.opened, 3u);
    pool.transact([](TxContext& tx) { tx.exec(kInsert, 3); });  // statement re-prepared
    QCOMPARE(scalar(pool, "SELECT count(*) FROM visit"), 3);
    stats = pool.stats();
    QCOMPARE(stats.discarded, 2u);
    QCOMPARE(stats.inUse, 0u);
  }

  void healthCheckCatchesStaleConnections() {
    Pool pool(poolOptions(m_url, 2, 5s, 0ms));  // validate on every borrow
    warmUp(pool, 2);

    restartPostgres();

    int attempts = 0;
    pool.transact([&](TxContext& tx) {
      ++attempts;
      tx.exec(kInsert, 4);
    });
    QCOMPARE(attempts, 1);  // the health check caught it: no retry needed
    QVERIFY(pool.stats().discarded >= 1);
    QCOMPARE(scalar(pool, "SELECT count(*) FROM visit WHERE n = 4"), 1);
  }

 private:
  std::string m_url;
};

QTEST_APPLESS_MAIN(PoolReconnectTest)
#include "pool_reconnect_test.moc"
