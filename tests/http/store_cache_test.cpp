// SPDX-License-Identifier: MIT
// The store answer cache's bounds (issue #12): entries, bytes, one answer's size, expiry on
// insert, and invalidation by writes.
#include <QtTest>
#include <chrono>
#include <thread>

#include "http/middleware/store_cache_middleware.h"
#include "http/middleware_chain.h"

namespace http = medusa::http;
using namespace std::chrono_literals;

namespace {

// A chain whose handler answers a body of `size` bytes for every path and counts its calls.
struct CachedChain {
  explicit CachedChain(http::StoreCacheLimits limits)
      : chain([this](http::Request& request) {
          ++calls;
          if (request.method() != http::Method::Get) return http::Response(200);
          return http::Response::text(200, std::string(bodySize, 'x'));
        }) {
    auto middleware = std::make_unique<http::StoreCacheMiddleware>(limits);
    cache = middleware.get();
    chain.use(std::move(middleware));
  }

  http::Response get(const std::string& target) {
    http::Request request("GET", target);
    return chain(request);
  }

  std::size_t bodySize = 100;
  int calls = 0;
  http::MiddlewareChain chain;
  const http::StoreCacheMiddleware* cache = nullptr;
};

}  // namespace

class StoreCacheTest : public QObject {
  Q_OBJECT

 private slots:
  void hitsThenExpires() {
    CachedChain c({.ttl = 50ms});
    QCOMPARE(c.get("/store/products").header("x-cache"), std::string_view("MISS"));
    QCOMPARE(c.get("/store/products").header("x-cache"), std::string_view("HIT"));
    QCOMPARE(c.calls, 1);
    std::this_thread::sleep_for(70ms);
    QCOMPARE(c.get("/store/products").header("x-cache"), std::string_view("MISS"));
    QCOMPARE(c.calls, 2);
  }

  // Before issue #12 the cache held up to 4,096 answers whatever their size, and only swept
  // them all when full.
  void boundedByEntries() {
    CachedChain c({.ttl = 1h, .maxEntries = 10});
    for (int i = 0; i < 100; ++i) c.get("/store/products?offset=" + std::to_string(i));
    QCOMPARE(c.cache->entryCount(), std::size_t(10));
    // The newest are kept, the oldest were evicted.
    QCOMPARE(c.get("/store/products?offset=99").header("x-cache"), std::string_view("HIT"));
    QCOMPARE(c.get("/store/products?offset=0").header("x-cache"), std::string_view("MISS"));
  }

  void boundedByBytes() {
    CachedChain c({.ttl = 1h, .maxEntries = 1000, .maxBytes = 64 * 1024,
                   .maxEntryBytes = 16 * 1024});
    c.bodySize = 10 * 1024;
    for (int i = 0; i < 100; ++i) c.get("/store/products?offset=" + std::to_string(i));
    QVERIFY(c.cache->byteCount() <= 64 * 1024);
    QCOMPARE(c.cache->entryCount(), std::size_t(6));  // 6 x (10 KiB + key + 256) fit in 64 KiB
  }

  void hugeAnswersAreNotKept() {
    CachedChain c({.ttl = 1h, .maxEntryBytes = 4096});
    c.bodySize = 5000;
    c.get("/store/products");
    QCOMPARE(c.get("/store/products").header("x-cache"), std::string_view("MISS"));
    QCOMPARE(c.cache->entryCount(), std::size_t(0));
    QCOMPARE(c.cache->byteCount(), std::size_t(0));
  }

  // Expired entries leave when anything is inserted, not only when their own key is read.
  void expiredEntriesAreDroppedOnInsert() {
    CachedChain c({.ttl = 30ms});
    for (int i = 0; i < 50; ++i) c.get("/store/products?offset=" + std::to_string(i));
    QCOMPARE(c.cache->entryCount(), std::size_t(50));
    std::this_thread::sleep_for(50ms);
    c.get("/store/regions");
    QCOMPARE(c.cache->entryCount(), std::size_t(1));
  }

  void writesEmptyIt() {
    CachedChain c({.ttl = 1h});
    c.get("/store/products");
    c.get("/store/regions");
    http::Request post("POST", "/admin/products");
    c.chain(post);
    QCOMPARE(c.cache->entryCount(), std::size_t(0));
    QCOMPARE(c.cache->byteCount(), std::size_t(0));
    QCOMPARE(c.get("/store/products").header("x-cache"), std::string_view("MISS"));
  }

  void credentialedRequestsBypassIt() {
    CachedChain c({.ttl = 1h});
    http::Request request("GET", "/store/customers/me");
    request.headers().add("authorization", "Bearer x");
    c.chain(request);
    QCOMPARE(c.cache->entryCount(), std::size_t(0));
  }
};

QTEST_GUILESS_MAIN(StoreCacheTest)
#include "store_cache_test.moc"
