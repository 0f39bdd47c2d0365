// SPDX-License-Identifier: MIT
// ULIDs: format, ordering, uniqueness under threads; API key tokens.
#include <QtTest>

#include <algorithm>
#include <set>
#include <thread>

#include "medusa/core/id.h"

namespace id = medusa::id;

namespace {
bool isCrockford(char c) {
  return (c >= '0' && c <= '9') ||
         (c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U');
}
}  // namespace

class UlidTest : public QObject {
  Q_OBJECT

 private slots:
  void hasTheUlidFormat() {
    const auto u = id::ulid();
    QCOMPARE(u.size(), std::size_t(26));
    QVERIFY(std::all_of(u.begin(), u.end(), isCrockford));
    QVERIFY(u[0] <= '7');  // 128 bits in 130: the first digit holds 3 bits
  }

  void encodesTheCurrentTime() {
    // The first 10 characters are the millisecond timestamp; decode and compare with now.
    const auto before = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    const auto u = id::ulid();
    const std::string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    long long ms = 0;
    for (int i = 0; i < 10; ++i) ms = ms * 32 + static_cast<long long>(alphabet.find(u[i]));
    QVERIFY(ms >= before);
    QVERIFY(ms - before < 5000);
  }

  void prefixesIds() {
    const auto p = id::generate("prod");
    QVERIFY(p.starts_with("prod_"));
    QCOMPARE(p.size(), std::size_t(31));
  }

  void isStrictlyIncreasingWithinAMillisecond() {
    std::vector<std::string> ids;
    for (int i = 0; i < 10000; ++i) ids.push_back(id::ulid());
    for (std::size_t i = 1; i < ids.size(); ++i) QVERIFY2(ids[i - 1] < ids[i], ids[i].c_str());
  }

  void isUniqueAcrossThreads() {
    constexpr int kThreads = 8;
    constexpr int kPerThread = 5000;
    std::vector<std::vector<std::string>> perThread(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < kPerThread; ++i) perThread[t].push_back(id::ulid());
      });
    }
    for (auto& t : threads) t.join();
    std::set<std::string> all;
    for (const auto& v : perThread) {
      for (std::size_t i = 1; i < v.size(); ++i) QVERIFY(v[i - 1] < v[i]);  // per-thread order
      all.insert(v.begin(), v.end());
    }
    QCOMPARE(all.size(), std::size_t(kThreads * kPerThread));
  }

  void makesApiKeyTokens() {
    const auto pk = id::apiKeyToken(id::ApiKeyKind::Publishable);
    const auto sk = id::apiKeyToken(id::ApiKeyKind::Secret);
    QVERIFY(pk.starts_with("pk_"));
    QVERIFY(sk.starts_with("sk_"));
    QCOMPARE(pk.size(), std::size_t(67));
    QVERIFY(std::all_of(pk.begin() + 3, pk.end(), [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }));
    QVERIFY(pk.substr(3) != sk.substr(3));
  }
};

QTEST_APPLESS_MAIN(UlidTest)
#include "ulid_test.moc"
