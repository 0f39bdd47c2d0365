// SPDX-License-Identifier: MIT
#include "execution.h"

#include <algorithm>
#include <utility>

#include "engine_core.h"

namespace medusa::workflow::detail {

Execution::Execution(EngineCore& core, ExecutionRecord record, ReplayMode mode)
    : m_core(core),
      m_mode(mode),
      m_workflowId(record.workflowId),
      m_transactionId(record.transactionId),
      m_eventGroupId(record.eventGroupId),
      m_input(record.input),
      m_record(std::move(record)) {
  for (const auto& s : m_record.steps) m_seq = std::max(m_seq, s.completedSeq);
}

std::optional<StepRecord> Execution::step(const std::string& key) const {
  std::lock_guard lock(m_mutex);
  const auto* s = m_record.findStep(key);
  return s ? std::optional<StepRecord>(*s) : std::nullopt;
}

void Execution::claim(const std::string& key, const std::string& stepId) {
  std::lock_guard lock(m_mutex);
  if (!m_claimed.insert(key).second) {
    throw Error(ErrorType::InvalidArgument,
                "Step " + stepId + " runs in two parallel branches of workflow " + m_workflowId +
                    " (key " + key + "); give one of them another step id");
  }
}

void Execution::addCompensator(const std::string& key, const StepCall& call) {
  if (!call.compensate) return;
  std::lock_guard lock(m_mutex);
  m_compensators[key] = Compensator{call.compensate, call.options};
}

std::optional<Compensator> Execution::compensator(const std::string& key) const {
  std::lock_guard lock(m_mutex);
  const auto it = m_compensators.find(key);
  return it == m_compensators.end() ? std::nullopt : std::optional<Compensator>(it->second);
}

StepRecord& Execution::stepLocked(const std::string& key) {
  if (auto* s = m_record.findStep(key)) return *s;
  StepRecord added;
  added.key = key;
  m_record.steps.push_back(std::move(added));
  return m_record.steps.back();
}

void Execution::saveLocked() {
  m_record.updatedAt = time::now();
  m_core.store().save(m_record);
}

void Execution::stepStarted(const std::string& key, const std::string& stepId) {
  std::lock_guard lock(m_mutex);
  auto& s = stepLocked(key);
  s.stepId = stepId;
  s.state = StepState::Invoking;
  s.attempts = 1;
  s.error.reset();
  s.startedAt = time::now();
  saveLocked();
}

void Execution::stepAttempted(const std::string& key, int attempt) {
  std::lock_guard lock(m_mutex);
  stepLocked(key).attempts = attempt;  // saved with the step's next transition
}

void Execution::stepReturned(const std::string& key, Invocation invocation,
                             std::vector<infra::Event> events, bool waiting) {
  std::lock_guard lock(m_mutex);
  auto& s = stepLocked(key);
  s.state = waiting ? StepState::WaitingResponse : StepState::Done;
  s.output = std::move(invocation.output);
  s.compensationInput = std::move(invocation.compensationInput);
  s.completedSeq = ++m_seq;
  s.endedAt = time::now();
  for (auto& e : events) m_record.events.push_back(std::move(e));
  saveLocked();
}

void Execution::stepFailed(const std::string& key, ErrorInfo error, StepState state) {
  std::lock_guard lock(m_mutex);
  auto& s = stepLocked(key);
  s.state = state;
  s.error = error;
  s.endedAt = time::now();
  m_record.errors.push_back(std::move(error));
  saveLocked();
}

void Execution::abort() {
  m_aborting = true;
  m_abort.request_stop();
}

void Execution::recordError(ErrorInfo error) {
  std::lock_guard lock(m_mutex);
  m_record.errors.push_back(std::move(error));
}

bool Execution::hasErrors() const {
  std::lock_guard lock(m_mutex);
  return !m_record.errors.empty();
}

std::vector<infra::Event> Execution::finishDone(json::value result) {
  std::lock_guard lock(m_mutex);
  m_record.state = TransactionState::Done;
  m_record.result = std::move(result);
  saveLocked();
  return m_record.events;
}

void Execution::setState(TransactionState state) {
  std::lock_guard lock(m_mutex);
  m_record.state = state;
  saveLocked();
}

std::vector<std::string> Execution::compensationOrder() const {
  std::lock_guard lock(m_mutex);
  std::vector<const StepRecord*> due;
  for (const auto& s : m_record.steps) {
    // Only steps whose invoke returned have something to undo; never one already undone.
    if (s.completedSeq == 0 || !s.compensationInput) continue;
    if (s.state == StepState::Reverted || s.state == StepState::CompensationFailed) continue;
    due.push_back(&s);
  }
  std::sort(due.begin(), due.end(),
            [](const auto* a, const auto* b) { return a->completedSeq > b->completedSeq; });
  std::vector<std::string> keys;
  for (const auto* s : due) keys.push_back(s->key);
  return keys;
}

std::optional<json::value> Execution::compensationInput(const std::string& key) const {
  std::lock_guard lock(m_mutex);
  const auto* s = m_record.findStep(key);
  return s ? s->compensationInput : std::nullopt;
}

void Execution::stepCompensating(const std::string& key) {
  std::lock_guard lock(m_mutex);
  stepLocked(key).state = StepState::Compensating;
  saveLocked();
}

void Execution::stepReverted(const std::string& key) {
  std::lock_guard lock(m_mutex);
  stepLocked(key).state = StepState::Reverted;
  saveLocked();
}

void Execution::stepCompensationFailed(const std::string& key, ErrorInfo error) {
  std::lock_guard lock(m_mutex);
  auto& s = stepLocked(key);
  s.state = StepState::CompensationFailed;
  s.error = error;
  m_record.errors.push_back(std::move(error));
  saveLocked();
}

void Execution::finishCompensation(bool failed) {
  std::lock_guard lock(m_mutex);
  m_record.state = failed ? TransactionState::Failed : TransactionState::Reverted;
  m_record.events.clear();  // the event group of a failed workflow is never published
  saveLocked();
}

ExecutionRecord Execution::snapshot() const {
  std::lock_guard lock(m_mutex);
  return m_record;
}

StepContext Execution::context(const std::string& key, int attempt, std::stop_token token,
                               std::shared_ptr<EventBuffer> events) const {
  return StepContext(StepContextInit{m_workflowId, m_transactionId, key, m_eventGroupId, attempt,
                                     m_core.containerPtr(), std::move(events), std::move(token)});
}

}  // namespace medusa::workflow::detail
