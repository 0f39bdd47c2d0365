// SPDX-License-Identifier: MIT
#include "medusa/infra/event_bus.h"

#include <boost/json/value_to.hpp>
#include <utility>

#include "medusa/core/id.h"

namespace medusa::infra {

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const Event& event) {
  out = json::object{{"name", event.name}, {"data", event.data}, {"metadata", event.metadata}};
}

Event tag_invoke(const boost::json::value_to_tag<Event>&, const boost::json::value& in) {
  const auto& o = in.as_object();
  Event event;
  event.name = boost::json::value_to<std::string>(o.at("name"));
  if (const auto* data = o.if_contains("data")) event.data = *data;
  if (const auto* metadata = o.if_contains("metadata"); metadata && metadata->is_object()) {
    event.metadata = metadata->get_object();
  }
  return event;
}

void EventBus::emit(std::string name, json::value data, json::object metadata) {
  emit(Event{std::move(name), std::move(data), std::move(metadata)});
}

void EventBus::emit(Event event) {
  std::vector<Event> events;
  events.push_back(std::move(event));
  publish(std::move(events));
}

void EventBus::emit(std::vector<Event> events) {
  if (!events.empty()) publish(std::move(events));
}

std::string EventBus::subscribe(std::string eventName, EventHandler handler,
                                SubscribeOptions options) {
  if (options.subscriberId.empty()) options.subscriberId = id::generate("sub");
  addSubscriber(std::move(eventName), std::move(handler), options);
  return options.subscriberId;
}

}  // namespace medusa::infra
