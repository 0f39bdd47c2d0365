// SPDX-License-Identifier: MIT
// The in-process event bus: delivery by name, retries, giving up, unsubscribe, drain.
#include "medusa/infra/memory_event_bus.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "medusa/core/error.h"

#undef emit  // Qt's keyword macro; this file calls EventBus::emit

using medusa::infra::Event;
using medusa::infra::MemoryEventBus;
using medusa::infra::MemoryEventBusOptions;
using namespace std::chrono_literals;
namespace json = medusa::json;

namespace {

MemoryEventBusOptions fastRetries(int attempts) {
  MemoryEventBusOptions options;
  options.maxAttempts = attempts;
  options.retryDelay = 5ms;
  return options;
}

// Thread-safe list of what a subscriber saw.
class Received {
 public:
  void add(const std::string& what) {
    std::lock_guard lock(m_mutex);
    m_items.push_back(what);
  }
  std::vector<std::string> items() const {
    std::lock_guard lock(m_mutex);
    return m_items;
  }

 private:
  mutable std::mutex m_mutex;
  std::vector<std::string> m_items;
};

}  // namespace

class MemoryEventBusTest : public QObject {
  Q_OBJECT

 private slots:
  void deliversByNameInOrder() {
    MemoryEventBus bus;
    Received products;
    Received everything;
    bus.subscribe("product.created",
                  [&](const Event& e) { products.add(json::stringify(e.data)); });
    bus.subscribe("*", [&](const Event& e) { everything.add(e.name); });
    bus.emit("product.created", json::object{{"id", "prod_1"}});
    bus.emit({Event{"cart.updated", json::object{}, {}},
              Event{"product.created", json::object{{"id", "prod_2"}}, {}}});
    bus.drain();
    QCOMPARE(products.items(),
             (std::vector<std::string>{"{\"id\":\"prod_1\"}", "{\"id\":\"prod_2\"}"}));
    QCOMPARE(everything.items(),
             (std::vector<std::string>{"product.created", "cart.updated", "product.created"}));
  }

  void retriesAFailingSubscriber() {
    MemoryEventBus bus(fastRetries(3));
    std::atomic<int> calls{0};
    bus.subscribe("order.placed", [&](const Event&) {
      if (++calls < 3) throw medusa::Error(medusa::ErrorType::DatabaseError, "busy");
    });
    bus.emit("order.placed", json::object{{"id", "order_1"}});
    bus.drain();
    QCOMPARE(calls.load(), 3);
  }

  void givesUpAfterMaxAttemptsAndGoesOn() {
    MemoryEventBus bus(fastRetries(2));
    std::atomic<int> failing{0};
    std::atomic<int> healthy{0};
    bus.subscribe("order.placed", [&](const Event&) {
      ++failing;
      throw std::runtime_error("always");
    });
    bus.subscribe("order.placed", [&](const Event&) { ++healthy; });
    bus.emit("order.placed", json::value(1));
    bus.emit("order.placed", json::value(2));
    bus.drain();
    QCOMPARE(failing.load(), 4);  // two events, two attempts each
    QCOMPARE(healthy.load(), 2);
  }

  void unsubscribeStopsDelivery() {
    MemoryEventBus bus;
    std::atomic<int> calls{0};
    const auto id = bus.subscribe("x", [&](const Event&) { ++calls; });
    bus.emit("x", json::value(1));
    bus.drain();
    bus.unsubscribe(id);
    bus.emit("x", json::value(2));
    bus.drain();
    QCOMPARE(calls.load(), 1);
  }

  void destructionDeliversWhatIsQueued() {
    std::atomic<int> calls{0};
    {
      MemoryEventBus bus;
      bus.subscribe("x", [&](const Event&) { ++calls; });
      for (int i = 0; i < 50; ++i) bus.emit("x", json::value(i));
    }
    QCOMPARE(calls.load(), 50);
  }

  void duplicateSubscriberIdIsRejected() {
    MemoryEventBus bus;
    bus.subscribe("x", [](const Event&) {}, {"notify-admin"});
    QVERIFY_THROWS_EXCEPTION(medusa::Error,
                             bus.subscribe("y", [](const Event&) {}, {"notify-admin"}));
  }
};

QTEST_APPLESS_MAIN(MemoryEventBusTest)
#include "memory_event_bus_test.moc"
