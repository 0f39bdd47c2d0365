// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeindex>
#include <utility>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/infra/event_bus.h"
#include "medusa/workflow/execution_record.h"
#include "medusa/workflow/hook.h"
#include "medusa/workflow/service_container.h"
#include "medusa/workflow/workflow.h"
#include "medusa/workflow/workflow_execution_store.h"

namespace medusa::workflow {

namespace detail {
class EngineCore;
}

/// How one run is started.
struct RunOptions {
  /// Default: a new ULID. Medusa's routes use fixed ones ("cart-update-<cart id>").
  std::string transactionId{};
  /// The same workflow with the same key returns the stored result (or error) of the first
  /// run instead of running again; concurrent callers wait for that run.
  std::string idempotencyKey{};
  /// false: failures come back in RunResult::errors instead of being thrown.
  bool throwOnError = true;
  /// Default: a new ULID. Nested runs of another engine call could pass the parent's.
  std::string eventGroupId{};
};

/// The outcome of run(): Medusa's `{result, transaction, errors}`.
template <class Out>
struct RunResult {
  std::string transactionId{};
  TransactionState state = TransactionState::NotStarted;
  std::optional<Out> result{};      // set when state is done
  std::vector<ErrorInfo> errors{};  // set when reverted or failed

  /// Done: the result is there.
  bool done() const { return state == TransactionState::Done; }
  /// The result; throws Error{UnexpectedState} when the execution is not done.
  const Out& value() const {
    if (!result) {
      throw Error(ErrorType::UnexpectedState,
                  "Workflow execution " + transactionId + " is " + std::string(toString(state)));
    }
    return *result;
  }
};

/// Converts a stored record into a typed result.
template <class Out>
RunResult<Out> toRunResult(const ExecutionRecord& record) {
  RunResult<Out> out{record.transactionId, record.state, std::nullopt, record.errors};
  if (record.state == TransactionState::Done)
    out.result = boost::json::value_to<Out>(record.result);
  return out;
}

/// What recover() did.
struct RecoveryReport {
  std::size_t resumed = 0;          // replayed to completion or to their next async step
  std::size_t compensated = 0;      // rolled back
  std::size_t unknownWorkflow = 0;  // no registered definition: left as they are, logged
};

struct WorkflowEngineOptions {
  /// Services for steps; default: an empty container.
  std::shared_ptr<ServiceContainer> container{};
  /// Default: MemoryWorkflowExecutionStore.
  std::shared_ptr<WorkflowExecutionStore> store{};
  /// Where grouped events go once a workflow succeeds. Default: the container's EventBus, else
  /// a MemoryEventBus (then registered in the container). Likewise a MemoryLocking is
  /// registered as infra::Locking when the container has none.
  std::shared_ptr<infra::EventBus> eventBus{};
  /// Threads for parallel branches and for resuming executions (the caller's thread runs too).
  std::size_t threads = 4;
};

/// Runs workflows: records every step, compensates completed steps in reverse order on
/// failure, resumes async steps, replays idempotent runs, recovers after a crash. Thread-safe.
class WorkflowEngine {
 public:
  explicit WorkflowEngine(WorkflowEngineOptions options = {});
  /// Waits for executions still running in the background.
  ~WorkflowEngine();
  WorkflowEngine(const WorkflowEngine&) = delete;
  WorkflowEngine& operator=(const WorkflowEngine&) = delete;

  /// Makes the workflow known by id, for resume and recover(); run() also registers. Throws
  /// Error{InvalidArgument} if another definition already uses the id.
  template <class In, class Out>
  void registerWorkflow(const Workflow<In, Out>& workflow) {
    registerDefinition(workflow.definition());
  }

  /// Registers the one handler of `hook`: `invoke(const Payload&, StepContext&)` and an optional
  /// compensation, as for makeStep(). A second handler throws Medusa's
  /// "Cannot define multiple hook handlers for the <name> hook".
  template <class Payload, class Invoke, class... Compensate>
  void registerHook(const Hook<Payload>& hook, Invoke invoke, Compensate... compensate) {
    static_assert(sizeof...(Compensate) <= 1, "a hook has at most one compensation");
    auto step = makeStep(hook.name(), std::move(invoke), std::move(compensate)...);
    static_assert(std::is_same_v<typename decltype(step)::Input, Payload>,
                  "the hook handler must take the hook's payload type");
    auto factory = std::make_shared<const detail::HookFactory<Payload>>(
        [step](const Payload& payload) { return step.bind(payload); });
    addHook(hook.workflowId(), hook.name(), typeid(Payload), std::move(factory));
  }

  /// Runs `workflow` on the calling thread (parallel branches use the engine's threads) and
  /// returns when it is done, reverted, failed, or waiting for an async step (state invoking;
  /// see setStepSuccess and waitForCompletion). With throwOnError, a failure is re-thrown after
  /// compensation: the original exception when this call ran it, else the recorded Error.
  template <class In, class Out>
  RunResult<Out> run(const Workflow<In, Out>& workflow, const std::type_identity_t<In>& input,
                     RunOptions options = {}) {
    return toRunResult<Out>(
        runDefinition(workflow.definition(), boost::json::value_from(input), options));
  }

  /// Completes a waiting async step with its output and resumes the execution on the engine's
  /// threads. `stepId` is the step's id or key. Throws Error{NotFound} for an unknown execution
  /// and Error{NotAllowed} when that step is not waiting.
  void setStepSuccess(std::string_view workflowId, std::string_view transactionId,
                      std::string_view stepId, json::value output = {});
  /// Fails a waiting async step; the execution is compensated on the engine's threads.
  void setStepFailure(std::string_view workflowId, std::string_view transactionId,
                      std::string_view stepId, const Error& error);

  /// Blocks until the execution is finished or `timeout` passed; returns its latest record.
  /// Throws Error{NotFound} if there is no such execution.
  ExecutionRecord waitForCompletion(std::string_view workflowId, std::string_view transactionId,
                                    std::chrono::milliseconds timeout);

  /// Call once at start, before serving: executions the store has as running but no engine
  /// runs (the process died) are replayed from their record. Completed steps are not re-run; a
  /// step the crash interrupted is invoked again if it is resumable, otherwise the execution is
  /// compensated; executions waiting for an async step stay waiting.
  RecoveryReport recover();

  /// The stored record of an execution.
  std::optional<ExecutionRecord> execution(std::string_view workflowId,
                                           std::string_view transactionId) const;

  /// The services steps resolve.
  ServiceContainer& container() const;
  /// Where grouped events are published.
  infra::EventBus& eventBus() const;
  /// Where execution records are kept.
  WorkflowExecutionStore& store() const;

 private:
  void registerDefinition(std::shared_ptr<const detail::WorkflowDefinition> definition);
  void addHook(const std::string& workflowId, const std::string& name, std::type_index payload,
               std::shared_ptr<const void> factory);
  ExecutionRecord runDefinition(const std::shared_ptr<const detail::WorkflowDefinition>& definition,
                                json::value input, const RunOptions& options);

  std::shared_ptr<detail::EngineCore> m_core;
};

}  // namespace medusa::workflow
