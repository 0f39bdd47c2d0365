// SPDX-License-Identifier: MIT
// PostgresLocking: advisory-lock execute() across pools, timeouts, owner locks with TTL.
#include "medusa/infra/postgres_locking.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/db/migration_runner.h"
#include "medusa/db/pool.h"
#include "medusa/infra/memory_locking.h"
#include "test_services.h"

using medusa::Error;
using medusa::ErrorType;
using medusa::db::Pool;
using medusa::db::PoolOptions;
using medusa::infra::Locking;
using medusa::infra::LockOptions;
using medusa::infra::MemoryLocking;
using medusa::infra::PostgresLocking;
using namespace std::chrono_literals;

namespace {

// The message of the Conflict that execute() throws on a key held elsewhere for `timeout`.
std::string timeoutMessage(Locking& holder, Locking& waiter) {
  std::promise<void> entered;
  std::promise<void> release;
  auto held = std::async(std::launch::async, [&] {
    holder.execute({"busy"}, [&] {
      entered.set_value();
      release.get_future().wait();
    });
  });
  entered.get_future().wait();
  std::string message = "no error";
  try {
    waiter.execute(
        {"busy"}, [] {}, 100ms);
  } catch (const Error& e) {
    if (e.type() == ErrorType::Conflict) message = e.message();
  }
  release.set_value();
  held.get();
  return message;
}

std::string acquireError(Locking& locking, const std::string& key, const LockOptions& options) {
  try {
    locking.acquire({key}, options);
  } catch (const Error& e) {
    return e.message();
  }
  return "acquired";
}

}  // namespace

class PostgresLockingTest : public QObject {
  Q_OBJECT

  std::string m_url;
  std::unique_ptr<Pool> m_poolA;
  std::unique_ptr<Pool> m_poolB;

 private slots:
  void init() {
    m_url = medusa::test::createDatabase("pg_locking");
    m_poolA = std::make_unique<Pool>(PoolOptions{m_url, 4});
    m_poolB = std::make_unique<Pool>(PoolOptions{m_url, 4});
    medusa::db::MigrationRunner(*m_poolA, medusa::infra::lockingMigrations()).migrate();
  }

  void cleanup() {
    m_poolA.reset();
    m_poolB.reset();
  }

  void executeExcludesAcrossPools() {
    PostgresLocking a(*m_poolA, 2ms);
    PostgresLocking b(*m_poolB, 2ms);
    std::atomic<int> inside{0};
    std::atomic<int> overlaps{0};
    int counter = 0;  // only touched under the lock
    const auto work = [&](Locking& locking) {
      for (int i = 0; i < 25; ++i) {
        locking.execute({"cart:1", "order:1"}, [&] {
          if (++inside > 1) ++overlaps;
          const int seen = counter;
          std::this_thread::sleep_for(1ms);
          counter = seen + 1;
          --inside;
        });
      }
    };
    std::thread first([&] { work(a); });
    std::thread second([&] { work(b); });
    first.join();
    second.join();
    QCOMPARE(overlaps.load(), 0);
    QCOMPARE(counter, 50);
  }

  void timeoutIsAConflictWithMemoryLockingsMessage() {
    PostgresLocking a(*m_poolA);
    PostgresLocking b(*m_poolB);
    MemoryLocking memory;
    const auto expected = timeoutMessage(memory, memory);
    QCOMPARE(expected, std::string("Timed-out acquiring lock."));
    QCOMPARE(timeoutMessage(a, b), expected);
  }

  void executeReleasesWhenTheJobThrows() {
    PostgresLocking a(*m_poolA);
    PostgresLocking b(*m_poolB);
    QVERIFY_EXCEPTION_THROWN(a.execute({"k"}, [] { throw Error(ErrorType::InvalidData, "boom"); }),
                             Error);
    int ran = 0;
    b.execute(
        {"k"}, [&] { ++ran; }, 0ms);
    QCOMPARE(ran, 1);
    QCOMPARE(b.execute({"k"}, [] { return 7; }), 7);
  }

  void acquireHasOwnerSemantics() {
    PostgresLocking a(*m_poolA);
    PostgresLocking b(*m_poolB);
    a.acquire({"k"}, {.ownerId = "alice", .ttl = {}, .timeout = {}});
    QCOMPARE(acquireError(b, "k", {.ownerId = "bob", .ttl = {}, .timeout = 50ms}),
             std::string("Failed to acquire lock for key \"k\""));
    QCOMPARE(acquireError(b, "k", {.ownerId = "", .ttl = {}, .timeout = {}}),
             std::string("Failed to acquire lock for key \"k\""));
    QCOMPARE(acquireError(b, "k", {.ownerId = "alice", .ttl = 10s, .timeout = {}}),
             std::string("acquired"));  // the same owner again
    QVERIFY(!b.release({"k"}, "bob"));
    QVERIFY(b.release({"k"}, "alice"));
    QVERIFY(!b.release({"k"}, "alice"));
    QCOMPARE(acquireError(b, "k", {.ownerId = "bob", .ttl = {}, .timeout = {}}),
             std::string("acquired"));
    b.releaseAll("bob");
    QCOMPARE(acquireError(a, "k", {.ownerId = "carol", .ttl = 100ms, .timeout = {}}),
             std::string("acquired"));
    std::this_thread::sleep_for(200ms);  // carol's lock expires
    QCOMPARE(acquireError(b, "k", {.ownerId = "dave", .ttl = {}, .timeout = {}}),
             std::string("acquired"));
    a.releaseAll("");
  }

  void acquiredKeysBlockExecuteAndBack() {
    PostgresLocking a(*m_poolA);
    PostgresLocking b(*m_poolB);
    a.acquire({"k"}, {.ownerId = "alice", .ttl = {}, .timeout = {}});
    QVERIFY_EXCEPTION_THROWN(b.execute(
                                 {"j", "k"}, [] {}, 50ms),
                             Error);
    a.release({"k"}, "alice");
    std::string inside;
    b.execute({"k"}, [&] {
      inside = acquireError(a, "k", {.ownerId = "alice", .ttl = {}, .timeout = {}});
    });
    QCOMPARE(inside, std::string("Failed to acquire lock for key \"k\""));
  }
};

QTEST_APPLESS_MAIN(PostgresLockingTest)
#include "postgres_locking_test.moc"
