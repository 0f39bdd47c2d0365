// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/infra/event_bus.h"
#include "medusa/workflow/service_container.h"

namespace medusa::workflow {

namespace detail {

/// The events one step attempt buffered; the engine keeps them only if the attempt succeeds.
class EventBuffer {
 public:
  /// Appends an event.
  void add(infra::Event event);
  /// Removes and returns all events.
  std::vector<infra::Event> take();

 private:
  std::mutex m_mutex;
  std::vector<infra::Event> m_events;
};

}  // namespace detail

/// Everything a StepContext is made of (the engine fills it; tests of single steps may too).
struct StepContextInit {
  std::string workflowId{};
  std::string transactionId{};
  std::string stepId{};  // the step's key in the execution ("create-products", "nested/x#2")
  std::string eventGroupId{};
  int attempt = 1;
  std::shared_ptr<ServiceContainer> container{};
  std::shared_ptr<detail::EventBuffer> events{};
  std::stop_token stopToken{};
};

/// What a step's invoke and compensation get besides their input: the service container, the
/// execution's ids, its event group and a cancellation token (timeout or a failed sibling).
class StepContext {
 public:
  /// A context from its parts.
  explicit StepContext(StepContextInit init);

  /// The top-level workflow's id.
  const std::string& workflowId() const { return m_init.workflowId; }
  /// The execution's transaction id (also the default lock owner).
  const std::string& transactionId() const { return m_init.transactionId; }
  /// This step's key in the execution.
  const std::string& stepId() const { return m_init.stepId; }
  /// The execution's event group (emit-event-step puts it into event metadata).
  const std::string& eventGroupId() const { return m_init.eventGroupId; }
  /// 1 for the first attempt, 2 for the first retry, ...
  int attempt() const { return m_init.attempt; }

  /// The service registered as T (see ServiceContainer::resolve).
  template <class T>
  T& resolve(std::string_view name = {}) const {
    return container().resolve<T>(name);
  }
  /// The container itself.
  ServiceContainer& container() const;

  /// Fires when the step timed out or the execution is failing; long steps should poll it.
  const std::stop_token& stopToken() const { return m_init.stopToken; }
  /// stopToken().stop_requested().
  bool cancelled() const { return m_init.stopToken.stop_requested(); }
  /// Waits `duration` unless cancelled first; returns false when cancelled.
  bool sleepFor(std::chrono::milliseconds duration) const;

  /// Adds an event to the execution's group: published only after the whole workflow
  /// succeeded, dropped if this attempt or the workflow fails.
  void bufferEvent(infra::Event event) const;

 private:
  StepContextInit m_init;
};

}  // namespace medusa::workflow
