// SPDX-License-Identifier: MIT
#include "medusa/workflow/step_context.h"

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <utility>

#include "medusa/core/error.h"

namespace medusa::workflow {

namespace detail {

void EventBuffer::add(infra::Event event) {
  std::lock_guard lock(m_mutex);
  m_events.push_back(std::move(event));
}

std::vector<infra::Event> EventBuffer::take() {
  std::lock_guard lock(m_mutex);
  return std::exchange(m_events, {});
}

}  // namespace detail

StepContext::StepContext(StepContextInit init) : m_init(std::move(init)) {}

ServiceContainer& StepContext::container() const {
  if (!m_init.container) {
    throw Error(ErrorType::UnexpectedState, "Step " + m_init.stepId + " has no service container");
  }
  return *m_init.container;
}

bool StepContext::sleepFor(std::chrono::milliseconds duration) const {
  std::mutex mutex;
  std::condition_variable_any wake;
  std::unique_lock lock(mutex);
  // Wakes early only through the stop token; the predicate never becomes true otherwise.
  wake.wait_for(lock, m_init.stopToken, duration, [] { return false; });
  return !m_init.stopToken.stop_requested();
}

void StepContext::bufferEvent(infra::Event event) const {
  if (!m_init.events) {
    // Compensations run after the group was dropped: an event from there has nowhere to go.
    spdlog::warn("workflow {} transaction {} step {}: event {} emitted outside an invoke, dropped",
                 m_init.workflowId, m_init.transactionId, m_init.stepId, event.name);
    return;
  }
  m_init.events->add(std::move(event));
}

}  // namespace medusa::workflow
