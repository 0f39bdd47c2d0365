// SPDX-License-Identifier: MIT
#include "medusa/workflow/workflow_engine.h"

#include <exception>
#include <utility>

#include "engine_core.h"

namespace medusa::workflow {

WorkflowEngine::WorkflowEngine(WorkflowEngineOptions options)
    : m_core(std::make_shared<detail::EngineCore>(std::move(options))) {}

WorkflowEngine::~WorkflowEngine() = default;

void WorkflowEngine::registerDefinition(
    std::shared_ptr<const detail::WorkflowDefinition> definition) {
  m_core->registerDefinition(std::move(definition));
}

void WorkflowEngine::addHook(const std::string& workflowId, const std::string& name,
                             std::type_index payload, std::shared_ptr<const void> factory) {
  m_core->addHook(workflowId, name, payload, std::move(factory));
}

ExecutionRecord WorkflowEngine::runDefinition(
    const std::shared_ptr<const detail::WorkflowDefinition>& definition, json::value input,
    const RunOptions& options) {
  auto outcome = m_core->start(definition, std::move(input), options);
  const auto state = outcome.record.state;
  if (options.throwOnError &&
      (state == TransactionState::Reverted || state == TransactionState::Failed)) {
    // Medusa's throwOnError: the original exception when this call ran the workflow, else (an
    // idempotent replay, a resumed run) the recorded one.
    if (outcome.error) std::rethrow_exception(outcome.error);
    if (!outcome.record.errors.empty()) throw outcome.record.errors.front().toError();
    throw Error(ErrorType::UnexpectedState,
                "Workflow " + definition->id + " " + std::string(toString(state)));
  }
  return std::move(outcome.record);
}

void WorkflowEngine::setStepSuccess(std::string_view workflowId, std::string_view transactionId,
                                    std::string_view stepId, json::value output) {
  m_core->complete(workflowId, transactionId,
                   detail::StepCompletion{std::string(stepId), true, std::move(output), {}});
}

void WorkflowEngine::setStepFailure(std::string_view workflowId, std::string_view transactionId,
                                    std::string_view stepId, const Error& error) {
  m_core->complete(workflowId, transactionId,
                   detail::StepCompletion{std::string(stepId),
                                          false,
                                          {},
                                          ErrorInfo::from(std::make_exception_ptr(error),
                                                          std::string(stepId), "invoke")});
}

ExecutionRecord WorkflowEngine::waitForCompletion(std::string_view workflowId,
                                                  std::string_view transactionId,
                                                  std::chrono::milliseconds timeout) {
  return m_core->waitForCompletion(workflowId, transactionId, timeout);
}

RecoveryReport WorkflowEngine::recover() {
  return m_core->recover();
}

std::optional<ExecutionRecord> WorkflowEngine::execution(std::string_view workflowId,
                                                         std::string_view transactionId) const {
  return m_core->store().load(workflowId, transactionId);
}

ServiceContainer& WorkflowEngine::container() const {
  return m_core->container();
}

infra::EventBus& WorkflowEngine::eventBus() const {
  return m_core->eventBus();
}

WorkflowExecutionStore& WorkflowEngine::store() const {
  return m_core->store();
}

}  // namespace medusa::workflow
