// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/conversion.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/core/json.h"

// Qt's `emit` keyword macro would erase EventBus::emit in translation units that include Qt
// (tests): keep it out of this header. Such files #undef emit before calling the bus.
#pragma push_macro("emit")
#undef emit

namespace medusa::infra {

/// One event as Medusa's event bus carries it: `{name, data, metadata}`. Workflows put their
/// `eventGroupId` into metadata.
struct Event {
  std::string name{};
  json::value data{};
  json::object metadata{};

  friend bool operator==(const Event&, const Event&) = default;
};

/// Boost.JSON conversions, so events can be stored (execution records, Redis streams).
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const Event& event);
Event tag_invoke(const boost::json::value_to_tag<Event>&, const boost::json::value& in);

/// A subscriber. It may throw: the bus logs the error and retries the delivery.
using EventHandler = std::function<void(const Event&)>;

/// Subscribes to every event name.
inline constexpr std::string_view kAllEvents = "*";

struct SubscribeOptions {
  /// Names the subscriber in logs and for unsubscribe(); generated when empty.
  std::string subscriberId{};
};

/// Medusa's event bus module: emit events, subscribe handlers by event name (or kAllEvents).
/// Delivery is asynchronous; implementations: in-process (MemoryEventBus) and, later, Redis
/// Streams behind this same interface.
class EventBus {
 public:
  virtual ~EventBus() = default;

  /// Emits one event.
  void emit(std::string name, json::value data, json::object metadata = {});
  /// Emits one event.
  void emit(Event event);
  /// Emits a batch, delivered in order.
  void emit(std::vector<Event> events);

  /// Adds a subscriber for `eventName`; returns its subscriber id.
  std::string subscribe(std::string eventName, EventHandler handler, SubscribeOptions options = {});
  /// Removes a subscriber; deliveries already running finish.
  virtual void unsubscribe(std::string_view subscriberId) = 0;
  /// Blocks until every event emitted so far has been delivered (tests, shutdown).
  virtual void drain() = 0;

 protected:
  /// Queues events for delivery.
  virtual void publish(std::vector<Event> events) = 0;
  /// Registers a subscriber (the id is already filled in).
  virtual void addSubscriber(std::string eventName, EventHandler handler,
                             const SubscribeOptions& options) = 0;
};

}  // namespace medusa::infra

#pragma pop_macro("emit")
