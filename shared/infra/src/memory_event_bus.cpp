// SPDX-License-Identifier: MIT
#include "medusa/infra/memory_event_bus.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <utility>

#include "medusa/core/error.h"

namespace medusa::infra {

namespace {

std::string describe(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unknown exception";
  }
}

MemoryEventBusOptions normalized(MemoryEventBusOptions options) {
  options.maxAttempts = std::max(1, options.maxAttempts);
  return options;
}

}  // namespace

MemoryEventBus::MemoryEventBus(MemoryEventBusOptions options)
    : m_options(normalized(options)), m_worker([this] { work(); }) {}

MemoryEventBus::~MemoryEventBus() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  m_worker.join();
}

void MemoryEventBus::publish(std::vector<Event> events) {
  {
    std::lock_guard lock(m_mutex);
    if (m_stopping) {
      spdlog::warn("event bus is shutting down; dropped {} event(s)", events.size());
      return;
    }
    for (auto& event : events) m_queue.push_back(std::move(event));
    m_inFlight += events.size();
  }
  m_wake.notify_one();
}

void MemoryEventBus::addSubscriber(std::string eventName, EventHandler handler,
                                   const SubscribeOptions& options) {
  std::lock_guard lock(m_mutex);
  for (const auto& s : m_subscribers) {
    if (s->id == options.subscriberId) {
      throw Error(ErrorType::InvalidArgument,
                  "Subscriber " + options.subscriberId + " is already registered");
    }
  }
  m_subscribers.push_back(std::make_shared<const Subscriber>(
      Subscriber{options.subscriberId, std::move(eventName), std::move(handler)}));
}

void MemoryEventBus::unsubscribe(std::string_view subscriberId) {
  std::lock_guard lock(m_mutex);
  std::erase_if(m_subscribers, [&](const auto& s) { return s->id == subscriberId; });
}

void MemoryEventBus::drain() {
  if (std::this_thread::get_id() == m_worker.get_id()) {
    // The worker would wait for itself.
    throw Error(ErrorType::NotAllowed, "EventBus::drain() cannot be called from a subscriber");
  }
  std::unique_lock lock(m_mutex);
  m_idle.wait(lock, [this] { return m_inFlight == 0; });
}

void MemoryEventBus::work() {
  std::unique_lock lock(m_mutex);
  for (;;) {
    m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
    if (m_queue.empty()) return;  // stopping, and everything queued was delivered
    Event event = std::move(m_queue.front());
    m_queue.pop_front();
    // Deliver to a snapshot so handlers may (un)subscribe without deadlocking.
    std::vector<std::shared_ptr<const Subscriber>> targets;
    for (const auto& s : m_subscribers) {
      if (s->eventName == event.name || s->eventName == kAllEvents) targets.push_back(s);
    }
    lock.unlock();
    for (const auto& s : targets) deliver(*s, event);
    lock.lock();
    if (--m_inFlight == 0) m_idle.notify_all();
  }
}

void MemoryEventBus::deliver(const Subscriber& subscriber, const Event& event) const {
  auto delay = m_options.retryDelay;
  for (int attempt = 1;; ++attempt) {
    try {
      subscriber.handler(event);
      return;
    } catch (...) {
      const auto what = describe(std::current_exception());
      if (attempt >= m_options.maxAttempts) {
        spdlog::error("event {}: subscriber {} failed after {} attempt(s), giving up: {}",
                      event.name, subscriber.id, attempt, what);
        return;
      }
      spdlog::warn("event {}: subscriber {} failed (attempt {}/{}), retrying in {} ms: {}",
                   event.name, subscriber.id, attempt, m_options.maxAttempts, delay.count(), what);
    }
    // A retry delay, not synchronisation: the subscriber gets time to recover.
    std::this_thread::sleep_for(delay);
    delay *= 2;
  }
}

}  // namespace medusa::infra
