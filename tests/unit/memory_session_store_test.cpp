// SPDX-License-Identifier: MIT
// The in-memory session store: set/get/destroy and expiry.
#include "medusa/infra/memory_session_store.h"

#include <QtTest>
#include <chrono>
#include <thread>

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
};

QTEST_GUILESS_MAIN(MemorySessionStoreTest)
#include "memory_session_store_test.moc"
