// SPDX-License-Identifier: MIT
// The failure half of the engine: a run that throws, rolling back, and recovery after a crash.
#include <spdlog/spdlog.h>

#include <functional>

#include "engine_core.h"
#include "medusa/core/deadline.h"
#include "step_invoker.h"

namespace medusa::workflow::detail {

namespace {

// Runs a record transition during rollback. The in-memory record is updated before the store
// write, so a failing store is logged and the rollback goes on (recover() repeats the rest).
void bestEffort(const Execution& execution, const std::function<void()>& transition) {
  try {
    transition();
  } catch (const std::exception& e) {
    spdlog::error("workflow {} transaction {}: saving the execution failed: {}",
                  execution.workflowId(), execution.transactionId(), e.what());
  }
}

}  // namespace

std::exception_ptr EngineCore::runForward(const WorkflowDefinition& definition,
                                          Execution& execution) {
  Flow root(execution, "", {});
  std::exception_ptr error;
  try {
    auto result = definition.run(execution.input(), root);
    auto events = execution.finishDone(std::move(result));
    publish(execution, std::move(events));
    return nullptr;
  } catch (const Suspended&) {
    return nullptr;  // an async step waits; the record says so already
  } catch (const Aborted&) {
    // A step failed and the body went on (it caught the error): report that first error.
    const auto recorded = execution.snapshot().errors;
    error = std::make_exception_ptr(
        recorded.empty() ? Error(ErrorType::UnexpectedState, "Workflow execution was aborted")
                         : recorded.front().toError());
  } catch (...) {
    error = std::current_exception();
  }
  // Errors thrown by steps are recorded with their step; this one came from the body itself.
  if (!execution.hasErrors()) execution.recordError(ErrorInfo::from(error, {}, "invoke"));
  spdlog::warn("workflow {} transaction {} failed, compensating: {}", execution.workflowId(),
               execution.transactionId(), ErrorInfo::from(error, {}, {}).message);
  compensate(execution);
  return error;
}

void EngineCore::runCompensation(const WorkflowDefinition& definition, Execution& execution) {
  Flow root(execution, "", {});
  try {
    definition.run(execution.input(), root);
  } catch (const Aborted&) {  // NOLINT(bugprone-empty-catch): the replay reached the record's end
  } catch (const std::exception& e) {
    spdlog::warn("workflow {} transaction {}: replay for compensation stopped early: {}",
                 execution.workflowId(), execution.transactionId(), e.what());
  } catch (...) {
    spdlog::warn("workflow {} transaction {}: replay for compensation stopped early",
                 execution.workflowId(), execution.transactionId());
  }
  compensate(execution);
}

void EngineCore::compensate(Execution& execution) {
  const auto& workflowId = execution.workflowId();
  const auto& transactionId = execution.transactionId();
  // A request that ran out of time still undoes what it did: its budget ends here.
  const DeadlineSuspension wholeCompensation;
  bestEffort(execution, [&] { execution.setState(TransactionState::Compensating); });
  bool failed = false;
  // Each key is listed once and marked before and after, so no compensation runs twice.
  for (const auto& key : execution.compensationOrder()) {
    const auto compensator = execution.compensator(key);
    const auto input = execution.compensationInput(key);
    if (!compensator || !input) {
      const Error error(ErrorType::UnexpectedState,
                        "No compensation known for step " + key + " (was the workflow changed?)");
      spdlog::error("workflow {} transaction {} step {}: {}", workflowId, transactionId, key,
                    error.message());
      bestEffort(execution, [&] {
        execution.stepCompensationFailed(
            key, ErrorInfo::from(std::make_exception_ptr(error), key, "compensate"));
      });
      failed = true;
      continue;
    }
    bestEffort(execution, [&] { execution.stepCompensating(key); });
    try {
      compensateStep(execution, *compensator, key, *input);
    } catch (...) {
      auto info = ErrorInfo::from(std::current_exception(), key, "compensate");
      spdlog::error("workflow {} transaction {} step {}: compensation failed: {}", workflowId,
                    transactionId, key, info.message);
      bestEffort(execution, [&] { execution.stepCompensationFailed(key, info); });
      failed = true;
      continue;
    }
    bestEffort(execution, [&] { execution.stepReverted(key); });
  }
  bestEffort(execution, [&] { execution.finishCompensation(failed); });
  if (failed) {
    spdlog::error("workflow {} transaction {}: rollback incomplete, execution failed", workflowId,
                  transactionId);
  } else {
    spdlog::info("workflow {} transaction {} reverted", workflowId, transactionId);
  }
}

RecoveryReport EngineCore::recover() {
  RecoveryReport report;
  auto records = store().list({TransactionState::Invoking, TransactionState::WaitingToCompensate,
                               TransactionState::Compensating});
  for (auto& record : records) {
    const auto def = definition(record.workflowId);
    if (!def) {
      spdlog::error("workflow {} transaction {} cannot be recovered: workflow not registered",
                    record.workflowId, record.transactionId);
      ++report.unknownWorkflow;
      continue;
    }
    bool interrupted = false;
    bool waiting = false;
    for (const auto& s : record.steps) {
      interrupted = interrupted || s.state == StepState::Invoking;
      waiting = waiting || s.state == StepState::WaitingResponse;
    }
    const bool forward = record.state == TransactionState::Invoking;
    if (forward && waiting && !interrupted) continue;  // waits for setStepSuccess: fine as is
    {
      std::lock_guard lock(m_mutex);
      if (!m_active.try_emplace(activeKey(record.workflowId, record.transactionId)).second) {
        continue;  // this engine runs it right now
      }
    }
    spdlog::warn("recovering workflow {} transaction {} (state {})", record.workflowId,
                 record.transactionId, toString(record.state));
    const auto outcome =
        drive(def, std::move(record), forward ? ReplayMode::Forward : ReplayMode::Compensate);
    const auto state = outcome.record.state;
    if (state == TransactionState::Reverted || state == TransactionState::Failed) {
      ++report.compensated;
    } else {
      ++report.resumed;
    }
  }
  return report;
}

}  // namespace medusa::workflow::detail
