// SPDX-License-Identifier: MIT
// The Redis session store against the fixture's redis-server: key layout, TTL, expiry.
#include "medusa/redis/redis_session_store.h"

#include <QtTest>
#include <chrono>
#include <thread>

#include "medusa/core/id.h"
#include "medusa/core/json.h"
#include "test_services.h"

using medusa::redis::Client;
using medusa::redis::RedisSessionStore;
using namespace std::chrono_literals;

namespace {
std::shared_ptr<Client> client() {
  Client::Options o;
  o.url = medusa::test::services().redisUrl;
  o.poolSize = 2;
  return std::make_shared<Client>(o);
}
}  // namespace

class RedisSessionStoreTest : public QObject {
  Q_OBJECT

 private slots:
  void storesJsonUnderSessKeyWithTenHourTtl() {
    auto redis = client();
    RedisSessionStore store(redis);
    const auto sid = medusa::id::randomHex(24);
    QVERIFY(!store.get(sid));
    const boost::json::object session{
        {"auth_context", boost::json::object{{"actor_id", "user_1"}, {"actor_type", "user"}}}};
    store.set(sid, session);
    const auto raw = redis->command({"GET", "sess:" + sid});
    QCOMPARE(medusa::json::parse(raw.str).as_object(), session);
    const auto ttl = redis->command({"PTTL", "sess:" + sid}).integer;
    QVERIFY(ttl > 36'000'000 - 60'000 && ttl <= 36'000'000);
    QCOMPARE(*store.get(sid), session);

    // A second store (another server process) sees the same session.
    RedisSessionStore other(client());
    QVERIFY(other.get(sid));
    other.destroy(sid);
    QVERIFY(!store.get(sid));
    QCOMPARE(redis->command({"EXISTS", "sess:" + sid}).integer, std::int64_t(0));
  }

  void expiresAndRefreshesOnSet() {
    RedisSessionStore store(client());
    const auto sid = medusa::id::randomHex(24);
    store.set(sid, {{"x", 1}}, 150ms);
    std::this_thread::sleep_for(100ms);
    store.set(sid, {{"x", 2}}, 150ms);
    std::this_thread::sleep_for(100ms);
    QVERIFY(store.get(sid));
    std::this_thread::sleep_for(120ms);
    QVERIFY(!store.get(sid));
  }

  void ignoresValuesThatAreNotSessions() {
    auto redis = client();
    RedisSessionStore store(redis);
    const auto sid = medusa::id::randomHex(24);
    redis->command({"SET", "sess:" + sid, "not json", "PX", "60000"});
    QVERIFY(!store.get(sid));
    store.destroy(sid);
  }
};

QTEST_GUILESS_MAIN(RedisSessionStoreTest)
#include "redis_session_store_test.moc"
