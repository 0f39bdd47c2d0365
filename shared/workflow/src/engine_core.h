// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <thread>
#include <typeindex>
#include <vector>

#include "execution.h"
#include "medusa/workflow/workflow_engine.h"
#include "thread_pool.h"

namespace medusa::workflow::detail {

/// A result for an async step, from setStepSuccess / setStepFailure.
struct StepCompletion {
  std::string stepId{};  // id or key
  bool success = true;
  json::value output{};
  ErrorInfo error{};
};

/// The engine behind WorkflowEngine (shared so background tasks can hold it).
class EngineCore {
 public:
  explicit EngineCore(WorkflowEngineOptions options);
  ~EngineCore();
  EngineCore(const EngineCore&) = delete;
  EngineCore& operator=(const EngineCore&) = delete;

  ServiceContainer& container() const { return *m_options.container; }
  const std::shared_ptr<ServiceContainer>& containerPtr() const { return m_options.container; }
  WorkflowExecutionStore& store() const { return *m_options.store; }
  infra::EventBus& eventBus() const { return *m_options.eventBus; }
  ThreadPool& pool() { return m_pool; }

  void registerDefinition(std::shared_ptr<const WorkflowDefinition> definition);
  std::shared_ptr<const WorkflowDefinition> definition(std::string_view workflowId) const;
  void addHook(const std::string& workflowId, const std::string& name, std::type_index payload,
               std::shared_ptr<const void> factory);
  std::shared_ptr<const void> findHook(const std::string& workflowId, const std::string& name,
                                       std::type_index payload) const;

  /// Keeps a timed-out step's thread until it ends (joined at the latest on destruction).
  void adoptStraggler(std::jthread thread, std::shared_ptr<std::atomic<bool>> finished);

  struct Outcome {
    ExecutionRecord record{};
    std::exception_ptr error{};  // the original exception when this run failed
  };
  /// run(): begins (or finds the idempotent twin of) an execution and drives it here.
  Outcome start(const std::shared_ptr<const WorkflowDefinition>& definition, json::value input,
                const RunOptions& options);
  /// setStepSuccess / setStepFailure.
  void complete(std::string_view workflowId, std::string_view transactionId,
                StepCompletion completion);
  ExecutionRecord waitForCompletion(std::string_view workflowId, std::string_view transactionId,
                                    std::chrono::milliseconds timeout);
  RecoveryReport recover();

 private:
  struct Active {
    std::vector<StepCompletion> pending{};  // arrived while the execution was running
  };
  static std::string activeKey(std::string_view workflowId, std::string_view transactionId);

  /// Runs an execution marked active until it is finished or waits; unmarks it.
  Outcome drive(const std::shared_ptr<const WorkflowDefinition>& definition, ExecutionRecord record,
                ReplayMode mode);
  /// drive() on the pool, for resumes.
  void driveLater(std::shared_ptr<const WorkflowDefinition> definition, ExecutionRecord record,
                  ReplayMode mode);
  std::exception_ptr runForward(const WorkflowDefinition& definition, Execution& execution);
  void runCompensation(const WorkflowDefinition& definition, Execution& execution);
  void compensate(Execution& execution);
  /// Applies completions to a record; returns whether one of them failed the execution.
  static bool apply(ExecutionRecord& record, std::vector<StepCompletion>& completions);
  void publish(const Execution& execution, std::vector<infra::Event> events);

  WorkflowEngineOptions m_options;

  mutable std::shared_mutex m_registryMutex;
  std::map<std::string, std::shared_ptr<const WorkflowDefinition>, std::less<>> m_definitions;
  struct HookEntry {
    std::type_index payload;
    std::shared_ptr<const void> factory{};
  };
  std::map<std::string, HookEntry, std::less<>> m_hooks;  // "<workflow id>\n<hook name>"

  std::mutex m_mutex;
  std::condition_variable m_changed;  // an execution stopped running (finished or waiting)
  std::map<std::string, Active, std::less<>> m_active;

  std::mutex m_stragglerMutex;
  std::vector<std::pair<std::jthread, std::shared_ptr<std::atomic<bool>>>> m_stragglers;

  ThreadPool m_pool;  // last: destroyed (joined) first, while everything it uses still exists
};

}  // namespace medusa::workflow::detail
