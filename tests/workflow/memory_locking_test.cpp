// SPDX-License-Identifier: MIT
// In-process locking, and the acquire-lock / release-lock steps.
#include "medusa/infra/memory_locking.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "medusa/workflow/steps/acquire_lock_step.h"
#include "medusa/workflow/steps/release_lock_step.h"
#include "medusa/workflow/workflow_engine.h"
#include "recording_database.h"

using medusa::Error;
using medusa::ErrorType;
using medusa::infra::LockOptions;
using medusa::infra::MemoryLocking;
using namespace medusa::workflow;
using namespace std::chrono_literals;

namespace {

LockOptions owner(const std::string& id, std::chrono::milliseconds timeout = 0ms,
                  std::chrono::milliseconds ttl = 0ms) {
  LockOptions options;
  options.ownerId = id;
  options.timeout = timeout;
  options.ttl = ttl;
  return options;
}

// Checks, inside a workflow, that the cart is locked while the workflow runs.
struct LockProbe {
  std::shared_ptr<MemoryLocking> locking;
  bool lockedDuringRun = false;
};

const auto probe = makeStep("probe", [](const std::string& key, StepContext& ctx) {
  auto& p = ctx.resolve<LockProbe>();
  p.lockedDuringRun = p.locking->isLocked(key);
});

const auto failAfterLock = test::rowStep("fail-after-lock");

const auto lockedUpdate = makeWorkflow("locked-update", [](const std::string& cart, Flow& flow) {
  flow.run(acquireLockStep, {{cart}, 50ms, 10s, {}});
  flow.run(probe, cart);
  flow.run(failAfterLock, cart + "-row");
  flow.run(releaseLockStep, {{cart}, {}});
});

struct Fixture {
  std::shared_ptr<MemoryLocking> locking = std::make_shared<MemoryLocking>();
  std::shared_ptr<LockProbe> probe = std::make_shared<LockProbe>();
  std::shared_ptr<ServiceContainer> container = test::testContainer();

  Fixture() {
    probe->locking = locking;
    container->registerService<medusa::infra::Locking>(locking);
    container->registerService(probe);
  }
};

}  // namespace

class MemoryLockingTest : public QObject {
  Q_OBJECT

 private slots:
  void executeIsMutuallyExclusive() {
    MemoryLocking locking;
    std::atomic<int> inside{0};
    std::atomic<int> maxInside{0};
    int total = 0;  // guarded by the lock alone
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < 50; ++i) {
          locking.execute({"cart_1"}, [&] {
            const int now = ++inside;
            int seen = maxInside.load();
            while (now > seen && !maxInside.compare_exchange_weak(seen, now)) {
            }
            ++total;
            --inside;
          });
        }
      });
    }
    for (auto& t : threads) t.join();
    QCOMPARE(maxInside.load(), 1);
    QCOMPARE(total, 400);
    QVERIFY(!locking.isLocked("cart_1"));
  }

  void executeReturnsTheJobsResultAndReleasesOnThrow() {
    MemoryLocking locking;
    QCOMPARE(locking.execute({"k"}, [] { return 42; }), 42);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             locking.execute({"k"}, [] { throw std::runtime_error("job"); }));
    QVERIFY(!locking.isLocked("k"));
  }

  void executeTimesOutWithMedusasMessage() {
    MemoryLocking locking;
    locking.acquire({"cart_1"}, owner("someone-else"));
    bool ran = false;
    try {
      locking.execute(
          {"cart_1"}, [&] { ran = true; }, 50ms);
      QFAIL("got a held lock");
    } catch (const Error& e) {
      QCOMPARE(test::str(e.type()), test::str(ErrorType::Conflict));
      QCOMPARE(e.message(), std::string("Timed-out acquiring lock."));
    }
    QVERIFY(!ran);
  }

  void acquireNamesTheBusyKey() {
    MemoryLocking locking;
    locking.acquire({"b", "a"}, owner("first"));
    try {
      locking.acquire({"z", "a"}, owner("second"));
      QFAIL("got a held lock");
    } catch (const Error& e) {
      QCOMPARE(e.message(), std::string("Failed to acquire lock for key \"a\""));
    }
    QVERIFY(!locking.isLocked("z"));  // all or nothing
  }

  void waiterGetsTheLockWhenReleased() {
    MemoryLocking locking;
    locking.acquire({"k"}, owner("first"));
    std::atomic<bool> released{false};
    auto waiter = std::async(std::launch::async, [&] {
      locking.acquire({"k"}, owner("second", 5s));
      return released.load();
    });
    QVERIFY(waiter.wait_for(30ms) == std::future_status::timeout);  // still blocked
    released = true;
    QVERIFY(locking.release({"k"}, "first"));
    QVERIFY(test::ready(waiter));
    QVERIFY(waiter.get());
  }

  void opposingKeyOrdersDoNotDeadlock() {
    MemoryLocking locking;
    auto worker = [&](std::vector<std::string> keys) {
      return std::async(std::launch::async, [&locking, keys] {
        for (int i = 0; i < 200; ++i)
          locking.execute(
              keys, [] {}, 5s);
      });
    };
    auto ab = worker({"a", "b"});
    auto ba = worker({"b", "a"});
    QVERIFY(test::ready(ab));
    QVERIFY(test::ready(ba));
    ab.get();
    ba.get();
  }

  void ttlExpires() {
    MemoryLocking locking;
    locking.acquire({"k"}, owner("first", 0ms, 40ms));
    QVERIFY(locking.isLocked("k"));
    QElapsedTimer timer;
    timer.start();
    locking.acquire({"k"}, owner("second", 5s));
    QVERIFY(timer.elapsed() >= 30);
    QVERIFY(timer.elapsed() < 4000);  // woke at the expiry, not at the timeout
  }

  void ownersAndRelease() {
    MemoryLocking locking;
    locking.acquire({"k"}, owner("me"));
    locking.acquire({"k"}, owner("me"));  // the same owner may take it again
    QVERIFY(!locking.release({"k"}, "someone-else"));
    QVERIFY(locking.isLocked("k"));
    QVERIFY(locking.release({"k"}, "me"));
    QVERIFY(!locking.release({"k"}, "me"));
    locking.acquire({"x", "y"}, owner("me"));
    locking.releaseAll("me");
    QVERIFY(!locking.isLocked("x") && !locking.isLocked("y"));
  }

  void lockStepIsCompensatedByReleasing() {
    Fixture f;
    f.container->resolve<test::Faults>().failInvokeOf("fail-after-lock");
    WorkflowEngine engine({.container = f.container});
    QVERIFY_THROWS_EXCEPTION(Error, engine.run(lockedUpdate, "cart_1"));
    QVERIFY(f.probe->lockedDuringRun);
    QVERIFY(!f.locking->isLocked("cart_1"));
  }

  void releaseLockStepReleases() {
    Fixture f;
    WorkflowEngine engine({.container = f.container});
    QVERIFY(engine.run(lockedUpdate, "cart_2").done());
    QVERIFY(f.probe->lockedDuringRun);
    QVERIFY(!f.locking->isLocked("cart_2"));
  }

  void lockStepFailsWhenTheKeyStaysBusy() {
    Fixture f;
    f.locking->acquire({"cart_3"}, owner("another-request"));
    WorkflowEngine engine({.container = f.container});
    try {
      engine.run(lockedUpdate, "cart_3");
      QFAIL("got a held lock");
    } catch (const Error& e) {
      QCOMPARE(e.message(), std::string("Failed to acquire lock for key \"cart_3\""));
    }
    QVERIFY(!f.probe->lockedDuringRun);
    QVERIFY(f.locking->isLocked("cart_3"));  // the other owner's lock is untouched
  }
};

QTEST_APPLESS_MAIN(MemoryLockingTest)
#include "memory_locking_test.moc"
