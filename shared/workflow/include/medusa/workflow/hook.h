// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <utility>

#include "medusa/workflow/step.h"

namespace medusa::workflow {

namespace detail {

/// A registered hook handler: binds a payload into a step call.
template <class Payload>
using HookFactory = std::function<StepCall(const Payload&)>;

}  // namespace detail

/// A named extension point of a workflow (Medusa's `createHook(name, payload)`), e.g.
/// `productsCreated` of "create-products". The application registers at most one handler per
/// hook with WorkflowEngine::registerHook(); the workflow runs it with Flow::hook(). The payload
/// usually carries the request's `additional_data`.
template <class Payload>
class Hook {
 public:
  using PayloadType = Payload;

  /// Hook `name` of workflow `workflowId`.
  Hook(std::string workflowId, std::string name)
      : m_workflowId(std::move(workflowId)), m_name(std::move(name)) {}

  /// The workflow the hook belongs to.
  const std::string& workflowId() const { return m_workflowId; }
  /// The hook name, also the id of the step its handler runs as.
  const std::string& name() const { return m_name; }

 private:
  std::string m_workflowId;
  std::string m_name;
};

/// Declares hook `name` of workflow `workflowId` with payload type `Payload`.
template <class Payload>
Hook<Payload> makeHook(std::string workflowId, std::string name) {
  return Hook<Payload>(std::move(workflowId), std::move(name));
}

}  // namespace medusa::workflow
