// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "medusa/workflow/flow.h"

namespace medusa::workflow {

namespace detail {

/// A workflow without types, for the engine's registry: JSON input in, JSON result out.
struct WorkflowDefinition {
  std::string id{};
  std::function<json::value(const json::value& input, Flow& flow)> run;
};

}  // namespace detail

/// A workflow: an id (Medusa's, e.g. "create-products") and a body that composes steps,
/// reading top to bottom. Input and output convert to and from JSON (the execution record
/// stores them for idempotent replies and resumption). Cheap to copy; made by makeWorkflow().
template <class In, class Out>
class Workflow {
 public:
  using Input = In;
  using Output = Out;
  using Body = std::function<Out(const In&, Flow&)>;

  /// A workflow named `id` (Medusa's id, e.g. "create-products") running `body`.
  Workflow(std::string id, Body body) : m_body(std::make_shared<const Body>(std::move(body))) {
    auto definition = std::make_shared<detail::WorkflowDefinition>();
    definition->id = std::move(id);
    definition->run = [body = m_body](const json::value& input, Flow& flow) {
      return boost::json::value_from((*body)(boost::json::value_to<In>(input), flow));
    };
    m_definition = std::move(definition);
  }

  /// The workflow id.
  const std::string& id() const { return m_definition->id; }
  /// Runs the body with `flow` (nested use; the engine runs top-level workflows).
  Out invoke(const In& input, Flow& flow) const { return (*m_body)(input, flow); }
  /// The untyped definition the engine registers.
  const std::shared_ptr<const detail::WorkflowDefinition>& definition() const {
    return m_definition;
  }

 private:
  std::shared_ptr<const Body> m_body;
  std::shared_ptr<const detail::WorkflowDefinition> m_definition;
};

/// Makes a workflow from `body(const In&, Flow&)`; a void body yields Empty.
template <class Body>
auto makeWorkflow(std::string id, Body body) {
  using In = typename detail::CallableTraits<Body>::FirstArg;
  using R = std::invoke_result_t<Body&, const In&, Flow&>;
  using Out = std::conditional_t<std::is_void_v<R>, Empty, R>;
  if constexpr (std::is_void_v<R>) {
    return Workflow<In, Out>(std::move(id), [b = std::move(body)](const In& in, Flow& flow) {
      b(in, flow);
      return Empty{};
    });
  } else {
    return Workflow<In, Out>(std::move(id), std::move(body));
  }
}

template <class In, class Out>
Out Flow::run(const Workflow<In, Out>& workflow, std::type_identity_t<In> input) {
  const auto child = nested(workflow.id());
  return workflow.invoke(input, *child);
}

}  // namespace medusa::workflow
