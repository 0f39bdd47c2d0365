// SPDX-License-Identifier: MIT
// The Redis client against the fixture's real redis-server.
#include <QtTest>

#include <atomic>
#include <thread>

#include "medusa/core/error.h"
#include "medusa/core/id.h"
#include "medusa/redis/client.h"
#include "test_services.h"

using medusa::redis::Client;
using medusa::redis::Reply;

namespace {
Client::Options options(std::size_t poolSize = 2) {
  Client::Options o;
  o.url = medusa::test::services().redisUrl;
  o.poolSize = poolSize;
  o.timeout = std::chrono::milliseconds(1000);
  return o;
}
}  // namespace

class RedisClientTest : public QObject {
  Q_OBJECT

 private slots:
  void setsGetsAndExpires() {
    Client redis(options());
    const auto key = "test:" + medusa::id::ulid();
    QCOMPARE(redis.command({"SET", key, "value with spaces", "PX", "60000"}).str, std::string("OK"));
    const Reply got = redis.command({"GET", key});
    QVERIFY(got.kind == Reply::Kind::String);
    QCOMPARE(got.str, std::string("value with spaces"));
    QVERIFY(redis.command({"PTTL", key}).integer > 0);
    QCOMPARE(redis.command({"DEL", key}).integer, std::int64_t(1));
    QVERIFY(redis.command({"GET", key}).isNil());
  }

  void keepsBinaryValuesIntact() {
    Client redis(options());
    const auto key = "test:" + medusa::id::ulid();
    const std::string value("a\0b\r\nc", 6);
    redis.command(std::vector<std::string>{"SET", key, value});
    QCOMPARE(redis.command({"GET", key}).str, value);
  }

  void returnsArrays() {
    Client redis(options());
    const auto key = "test:" + medusa::id::ulid();
    redis.command({"RPUSH", key, "a", "b", "c"});
    const Reply list = redis.command({"LRANGE", key, "0", "-1"});
    QVERIFY(list.kind == Reply::Kind::Array);
    QCOMPARE(list.elements.size(), std::size_t(3));
    QCOMPARE(list.elements[2].str, std::string("c"));
  }

  void errorRepliesThrow() {
    Client redis(options());
    try {
      redis.command({"NOSUCHCOMMAND"});
      QFAIL("an error reply did not throw");
    } catch (const medusa::Error& e) {
      QVERIFY(e.type() == medusa::ErrorType::UnexpectedState);
      QVERIFY(e.message().find("unknown command") != std::string::npos);
    }
    QCOMPARE(redis.command({"PING"}).str, std::string("PONG"));  // the connection survived
  }

  void recoversFromABrokenConnection() {
    Client redis(options(1));
    const auto id = redis.command({"CLIENT", "ID"}).integer;
    Client admin(options(1));
    QCOMPARE(admin.command({"CLIENT", "KILL", "ID", std::to_string(id)}).integer, std::int64_t(1));
    QVERIFY_THROWS_EXCEPTION(medusa::Error, redis.command({"PING"}));  // finds it broken
    QCOMPARE(redis.command({"PING"}).str, std::string("PONG"));        // and reconnects
  }

  void unreachableServerIsADatabaseError() {
    Client::Options o = options();
    o.url = "redis://127.0.0.1:1";  // nothing listens on port 1
    Client redis(o);
    try {
      redis.command({"PING"});
      QFAIL("connected to nothing");
    } catch (const medusa::Error& e) {
      QVERIFY(e.type() == medusa::ErrorType::DatabaseError);
    }
  }

  void refusesTlsUrls() {
    Client::Options o = options();
    o.url = "rediss://example.com:6380";
    QVERIFY_THROWS_EXCEPTION(medusa::Error, Client{o});
  }

  void isSafeAcrossThreads() {
    Client redis(options(3));
    const auto key = "test:" + medusa::id::ulid();
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < 100; ++i) redis.command({"INCR", key});
      });
    }
    for (auto& t : threads) t.join();
    QCOMPARE(redis.command({"GET", key}).str, std::string("800"));
  }
};

QTEST_APPLESS_MAIN(RedisClientTest)
#include "redis_client_test.moc"
