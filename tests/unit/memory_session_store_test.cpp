// SPDX-License-Identifier: MIT
// The in-memory session store: set/get/destroy and expiry.
#include "medusa/infra/memory_session_store.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

class MemorySessionStoreTest : public QObject {
  Q_OBJECT

 private slots:
  void setsGetsAndDestroys() {
    medusa::infra::MemorySessionStore store;
    QVERIFY(!store.get("nope"));
    store.set("a", {{"auth_context", boost::json::object{{"actor_id", "user_1"}}}});
    const auto got = store.get("a");
    QVERIFY(got);
    QCOMPARE(got->at("auth_context").at("actor_id").as_string(), "user_1");
    store.set("a", {{"x", 1}});
    QCOMPARE(store.get("a")->size(), std::size_t(1));
    store.destroy("a");
    QVERIFY(!store.get("a"));
    store.destroy("a");  // no-op
  }

  void expires() {
    medusa::infra::MemorySessionStore store;
    store.set("short", {{"x", 1}}, 50ms);
    store.set("long", {{"x", 2}}, 1h);
    QVERIFY(store.get("short"));
    std::this_thread::sleep_for(80ms);
    QVERIFY(!store.get("short"));
    QVERIFY(store.get("long"));
  }

  void setRefreshesTheTtl() {
    medusa::infra::MemorySessionStore store;
    store.set("s", {{"x", 1}}, 60ms);
    std::this_thread::sleep_for(40ms);
    store.set("s", {{"x", 1}}, 60ms);
    std::this_thread::sleep_for(40ms);
    QVERIFY(store.get("s"));
  }

  // Issue #12: the store had no cap; anyone able to sign in could fill memory with sessions.
  void isBoundedAndPushesOutTheSessionClosestToExpiry() {
    medusa::infra::MemorySessionStore store(160);  // 16 shards x 10
    store.set("keeper", {{"x", 0}}, 10h);
    for (int i = 0; i < 10'000; ++i) store.set("s" + std::to_string(i), {{"x", i}}, 1h);
    QVERIFY(store.size() <= 160);
    QVERIFY(store.evicted() >= 10'000 - 160);
    QVERIFY(store.get("keeper"));  // the longest-lived one stays
    QVERIFY(store.get("s9999"));   // so does the newest
    QVERIFY(!store.get("s0"));
  }

  // Expired sessions leave when their shard is written, without anyone reading them.
  void expiredSessionsAreDroppedOnWrite() {
    medusa::infra::MemorySessionStore store;
    for (int i = 0; i < 1000; ++i) store.set("s" + std::to_string(i), {{"x", i}}, 20ms);
    QCOMPARE(store.size(), std::size_t(1000));
    std::this_thread::sleep_for(40ms);
    for (int i = 0; i < 200; ++i) store.set("t" + std::to_string(i), {{"x", i}}, 1h);
    QCOMPARE(store.size(), std::size_t(200));
    QCOMPARE(store.evicted(), std::uint64_t(0));
  }

  // Four threads at once: what one sets it reads back (the store is big enough that nothing
  // is evicted), and with a small store the bound holds.
  void concurrentUse() {
    for (const std::size_t capacity : {std::size_t(100'000), std::size_t(160)}) {
      medusa::infra::MemorySessionStore store(capacity);
      std::atomic<int> unreadable{0};
      std::vector<std::thread> threads;
      for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&store, &unreadable, t] {
          for (int i = 0; i < 5000; ++i) {
            const auto sid = std::to_string(t) + "-" + std::to_string(i);
            store.set(sid, {{"i", i}}, 1h);
            if (!store.get(sid)) ++unreadable;
            if (i % 3 == 0) store.destroy(sid);
          }
        });
      }
      for (auto& thread : threads) thread.join();
      if (capacity == 100'000) {
        QCOMPARE(unreadable.load(), 0);
        QCOMPARE(store.size(), std::size_t(4 * (5000 - 1667)));
      } else {
        QVERIFY(store.size() <= capacity);
      }
    }
  }
};

QTEST_GUILESS_MAIN(MemorySessionStoreTest)
#include "memory_session_store_test.moc"
