// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "medusa/infra/event_bus.h"

namespace medusa::infra {

struct MemoryEventBusOptions {
  /// Deliveries per subscriber and event, the first included (Redis' `attempts`).
  int maxAttempts = 3;
  /// Delay before the first retry; doubled for each further one.
  std::chrono::milliseconds retryDelay{20};
};

/// The in-process event bus (used when no REDIS_URL is configured). One worker thread delivers
/// events in emit order; a subscriber that throws is retried up to `maxAttempts` times with
/// backoff, and every failure is logged with the event name and subscriber id. The destructor
/// delivers what is queued, then stops.
class MemoryEventBus final : public EventBus {
 public:
  /// Starts the delivery thread.
  explicit MemoryEventBus(MemoryEventBusOptions options = {});
  ~MemoryEventBus() override;
  MemoryEventBus(const MemoryEventBus&) = delete;
  MemoryEventBus& operator=(const MemoryEventBus&) = delete;

  /// Removes a subscriber.
  void unsubscribe(std::string_view subscriberId) override;
  /// Blocks until the queue is empty and no delivery runs. Not callable from a subscriber.
  void drain() override;

 protected:
  void publish(std::vector<Event> events) override;
  void addSubscriber(std::string eventName, EventHandler handler,
                     const SubscribeOptions& options) override;

 private:
  struct Subscriber {
    std::string id{};
    std::string eventName{};
    EventHandler handler{};
  };

  void work();
  void deliver(const Subscriber& subscriber, const Event& event) const;

  MemoryEventBusOptions m_options;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::condition_variable m_idle;
  std::deque<Event> m_queue;
  std::vector<std::shared_ptr<const Subscriber>> m_subscribers;
  std::size_t m_inFlight = 0;  // queued plus being delivered
  bool m_stopping = false;
  std::thread m_worker;  // last: started after everything above exists
};

}  // namespace medusa::infra
