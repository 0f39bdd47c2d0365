// SPDX-License-Identifier: MIT
#include "engine_core.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

#include "medusa/core/id.h"
#include "medusa/infra/memory_event_bus.h"
#include "medusa/infra/memory_locking.h"
#include "medusa/workflow/memory_workflow_execution_store.h"

namespace medusa::workflow::detail {

namespace {

// How often waitForCompletion() re-reads the store, for executions another process runs.
constexpr std::chrono::milliseconds kPollInterval{50};

WorkflowEngineOptions withDefaults(WorkflowEngineOptions options) {
  if (!options.container) options.container = std::make_shared<ServiceContainer>();
  auto& container = *options.container;
  if (!options.store) options.store = std::make_shared<MemoryWorkflowExecutionStore>();
  if (!options.eventBus) {
    options.eventBus = container.has<infra::EventBus>() ? container.resolveShared<infra::EventBus>()
                                                        : std::make_shared<infra::MemoryEventBus>();
  }
  if (!container.has<infra::EventBus>()) container.registerService(options.eventBus);
  if (!container.has<infra::Locking>()) {
    container.registerService<infra::Locking>(std::make_shared<infra::MemoryLocking>());
  }
  return options;
}

StepRecord* findWaiting(ExecutionRecord& record, std::string_view idOrKey) {
  for (auto& s : record.steps) {
    if (s.state == StepState::WaitingResponse && (s.key == idOrKey || s.stepId == idOrKey))
      return &s;
  }
  return nullptr;
}

}  // namespace

EngineCore::EngineCore(WorkflowEngineOptions options)
    : m_options(withDefaults(std::move(options))), m_pool(m_options.threads) {}

EngineCore::~EngineCore() {
  {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_active.empty(); });
  }
  std::lock_guard lock(m_stragglerMutex);
  m_stragglers.clear();  // jthreads: stop requested, then joined
}

std::string EngineCore::activeKey(std::string_view workflowId, std::string_view transactionId) {
  return std::string(workflowId) + '\n' + std::string(transactionId);
}

void EngineCore::registerDefinition(std::shared_ptr<const WorkflowDefinition> definition) {
  std::unique_lock lock(m_registryMutex);
  const auto [it, added] = m_definitions.try_emplace(definition->id, definition);
  if (!added && it->second != definition) {
    throw Error(ErrorType::InvalidArgument,
                "Workflow " + definition->id + " is already registered with another definition");
  }
}

std::shared_ptr<const WorkflowDefinition> EngineCore::definition(
    std::string_view workflowId) const {
  std::shared_lock lock(m_registryMutex);
  const auto it = m_definitions.find(workflowId);
  return it == m_definitions.end() ? nullptr : it->second;
}

void EngineCore::addHook(const std::string& workflowId, const std::string& name,
                         std::type_index payload, std::shared_ptr<const void> factory) {
  std::unique_lock lock(m_registryMutex);
  const auto [it, added] =
      m_hooks.try_emplace(workflowId + '\n' + name, HookEntry{payload, std::move(factory)});
  if (!added) {
    throw Error(ErrorType::InvalidArgument,
                "Cannot define multiple hook handlers for the " + name + " hook");
  }
}

std::shared_ptr<const void> EngineCore::findHook(const std::string& workflowId,
                                                 const std::string& name,
                                                 std::type_index payload) const {
  std::shared_lock lock(m_registryMutex);
  const auto it = m_hooks.find(workflowId + '\n' + name);
  if (it == m_hooks.end()) return nullptr;
  if (it->second.payload != payload) {
    throw Error(ErrorType::UnexpectedState,
                "Hook " + name + " of workflow " + workflowId + " has another payload type");
  }
  return it->second.factory;
}

void EngineCore::adoptStraggler(std::jthread thread, std::shared_ptr<std::atomic<bool>> finished) {
  std::lock_guard lock(m_stragglerMutex);
  // Join the ones that ended meanwhile, so finished threads do not pile up.
  std::erase_if(m_stragglers, [](const auto& s) { return s.second->load(); });
  m_stragglers.emplace_back(std::move(thread), std::move(finished));
}

EngineCore::Outcome EngineCore::start(const std::shared_ptr<const WorkflowDefinition>& definition,
                                      json::value input, const RunOptions& options) {
  registerDefinition(definition);
  ExecutionRecord record;
  record.id = id::generate("wf_exec");
  record.workflowId = definition->id;
  record.transactionId = options.transactionId.empty() ? id::ulid() : options.transactionId;
  if (!options.idempotencyKey.empty()) record.idempotencyKey = options.idempotencyKey;
  record.state = TransactionState::Invoking;
  record.input = std::move(input);
  record.eventGroupId = options.eventGroupId.empty() ? id::ulid() : options.eventGroupId;
  record.createdAt = record.updatedAt = time::now();
  {
    // Under the engine lock, so a concurrent twin sees this execution as active at once.
    std::unique_lock lock(m_mutex);
    if (auto existing = store().begin(record)) {
      if (!record.idempotencyKey || existing->idempotencyKey != record.idempotencyKey) {
        throw Error(ErrorType::Conflict, "Workflow " + definition->id + " with transaction id " +
                                             record.transactionId + " is already running");
      }
      const auto key = activeKey(existing->workflowId, existing->transactionId);
      m_changed.wait(lock, [&] { return !m_active.contains(key); });
      auto latest = store().load(existing->workflowId, existing->transactionId);
      return Outcome{latest ? std::move(*latest) : std::move(*existing), nullptr};
    }
    m_active.emplace(activeKey(record.workflowId, record.transactionId), Active{});
  }
  return drive(definition, std::move(record), ReplayMode::Forward);
}

EngineCore::Outcome EngineCore::drive(const std::shared_ptr<const WorkflowDefinition>& definition,
                                      ExecutionRecord record, ReplayMode mode) {
  const auto key = activeKey(record.workflowId, record.transactionId);
  auto unmark = [&] {
    {
      std::lock_guard lock(m_mutex);
      m_active.erase(key);
    }
    m_changed.notify_all();
  };
  try {
    Outcome outcome;
    for (;;) {
      {
        Execution execution(*this, std::move(record), mode);
        if (mode == ReplayMode::Forward) {
          outcome.error = runForward(*definition, execution);
        } else {
          runCompensation(*definition, execution);
        }
        record = execution.snapshot();
      }
      std::unique_lock lock(m_mutex);
      auto completions = std::exchange(m_active[key].pending, {});
      if (completions.empty() || isFinished(record.state)) {
        if (!completions.empty()) {
          spdlog::warn("workflow {} transaction {}: {} step result(s) arrived after it finished",
                       record.workflowId, record.transactionId, completions.size());
        }
        lock.unlock();
        unmark();
        outcome.record = std::move(record);
        return outcome;
      }
      lock.unlock();
      // Results for async steps that came in while this run was busy: go on with them.
      mode = apply(record, completions) ? ReplayMode::Compensate : ReplayMode::Forward;
      store().save(record);
    }
  } catch (...) {
    unmark();
    throw;
  }
}

void EngineCore::driveLater(std::shared_ptr<const WorkflowDefinition> definition,
                            ExecutionRecord record, ReplayMode mode) {
  m_pool.submit([this, definition = std::move(definition), record = std::move(record), mode] {
    try {
      drive(definition, record, mode);
    } catch (const std::exception& e) {
      spdlog::error("workflow {} transaction {}: resuming failed: {}", record.workflowId,
                    record.transactionId, e.what());
    }
  });
}

bool EngineCore::apply(ExecutionRecord& record, std::vector<StepCompletion>& completions) {
  bool failed = false;
  for (auto& c : completions) {
    auto* step = findWaiting(record, c.stepId);
    if (!step) {
      spdlog::warn("workflow {} transaction {}: step {} is not waiting; its result is ignored",
                   record.workflowId, record.transactionId, c.stepId);
      continue;
    }
    step->endedAt = time::now();
    if (c.success) {
      step->state = StepState::Done;
      step->output = std::move(c.output);
    } else {
      c.error.stepId = step->key;
      step->state = StepState::Failed;
      step->error = c.error;
      record.errors.push_back(c.error);
      failed = true;
    }
  }
  if (failed) record.state = TransactionState::WaitingToCompensate;
  record.updatedAt = time::now();
  return failed;
}

void EngineCore::complete(std::string_view workflowId, std::string_view transactionId,
                          StepCompletion completion) {
  auto def = definition(workflowId);
  if (!def) {
    throw Error(ErrorType::NotFound, "Workflow " + std::string(workflowId) + " is not registered");
  }
  const auto key = activeKey(workflowId, transactionId);
  std::unique_lock lock(m_mutex);
  if (const auto it = m_active.find(key); it != m_active.end()) {
    it->second.pending.push_back(std::move(completion));  // applied when the current run ends
    return;
  }
  auto record = store().load(workflowId, transactionId);
  if (!record) {
    throw Error(ErrorType::NotFound, "Workflow execution " + std::string(workflowId) + " " +
                                         std::string(transactionId) + " was not found");
  }
  if (!findWaiting(*record, completion.stepId)) {
    throw Error(ErrorType::NotAllowed, "Step " + completion.stepId + " of workflow " +
                                           std::string(workflowId) + " transaction " +
                                           std::string(transactionId) + " is not waiting");
  }
  std::vector<StepCompletion> completions;
  completions.push_back(std::move(completion));
  const bool failed = apply(*record, completions);
  store().save(*record);
  m_active.emplace(key, Active{});
  lock.unlock();
  driveLater(std::move(def), std::move(*record),
             failed ? ReplayMode::Compensate : ReplayMode::Forward);
}

ExecutionRecord EngineCore::waitForCompletion(std::string_view workflowId,
                                              std::string_view transactionId,
                                              std::chrono::milliseconds timeout) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + timeout;
  const auto key = activeKey(workflowId, transactionId);
  std::unique_lock lock(m_mutex);
  for (;;) {
    const bool runningHere = m_active.contains(key);
    const auto now = Clock::now();
    if (!runningHere || now >= deadline) {
      auto record = store().load(workflowId, transactionId);
      if (!record) {
        throw Error(ErrorType::NotFound, "Workflow execution " + std::string(workflowId) + " " +
                                             std::string(transactionId) + " was not found");
      }
      if (isFinished(record->state) || now >= deadline) return std::move(*record);
    }
    m_changed.wait_until(lock, std::min(deadline, now + kPollInterval));
  }
}

void EngineCore::publish(const Execution& execution, std::vector<infra::Event> events) {
  if (events.empty()) return;
  try {
    eventBus().emit(std::move(events));
  } catch (const std::exception& e) {
    // The workflow did succeed; losing its events is logged, not turned into a failure.
    spdlog::error("workflow {} transaction {}: publishing its events failed: {}",
                  execution.workflowId(), execution.transactionId(), e.what());
  }
}

}  // namespace medusa::workflow::detail
