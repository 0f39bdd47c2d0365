// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeindex>
#include <utility>
#include <vector>

#include "medusa/workflow/hook.h"
#include "medusa/workflow/step.h"

namespace medusa::workflow {

class Flow;
template <class In, class Out>
class Workflow;

namespace detail {

class Execution;
class EngineCore;

/// Calls `f(flow)`, or `f()` for callables that do not take the Flow.
template <class F>
decltype(auto) callWithFlow(F& f, Flow& flow) {
  if constexpr (std::is_invocable_v<F&, Flow&>) {
    return f(flow);
  } else {
    return f();
  }
}

template <class F>
using BranchResultRaw = decltype(callWithFlow(std::declval<F&>(), std::declval<Flow&>()));
/// What a parallel branch yields: its result, or Empty for void branches.
template <class F>
using BranchResult = std::conditional_t<std::is_void_v<BranchResultRaw<F>>, Empty,
                                        std::remove_cvref_t<BranchResultRaw<F>>>;

}  // namespace detail

/// What a workflow body composes with. Bodies are re-run when an execution resumes (async
/// step completed, crash recovery): steps already done return their recorded output instead of
/// running again. So a body must be deterministic: ids, time and I/O belong in steps, and the
/// body only shapes data between them. Inside parallel(), use the Flow& given to the branch.
class Flow {
 public:
  Flow(const Flow&) = delete;
  Flow& operator=(const Flow&) = delete;
  ~Flow();

  /// Runs `step` with `input` and returns its output. Throws the step's error (after its
  /// retries); the engine then compensates what completed.
  template <class In, class Out, class Comp>
  Out run(const Step<In, Out, Comp>& step, std::type_identity_t<In> input) {
    return boost::json::value_to<Out>(runStep(step.bind(std::move(input))));
  }

  /// Runs a nested workflow inside this execution: its steps join this execution's log, so a
  /// failure anywhere compensates both, and its events join this event group.
  template <class In, class Out>
  Out run(const Workflow<In, Out>& workflow, std::type_identity_t<In> input);

  /// Runs the branches (callables taking Flow& or nothing) concurrently and returns their
  /// results as a tuple (Empty for void branches). All branches finish; if one fails, the
  /// others stop starting new steps, and the first error is thrown (everything completed,
  /// in any branch, is then compensated).
  template <class... F>
  std::tuple<detail::BranchResult<F>...> parallel(F&&... branches) {
    std::tuple<std::optional<detail::BranchResult<F>>...> results;
    std::vector<std::function<void(Flow&)>> erased;
    erased.reserve(sizeof...(F));
    auto fns = std::forward_as_tuple(branches...);
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      (erased.emplace_back([&](Flow& branch) {
        auto& fn = std::get<I>(fns);
        if constexpr (std::is_void_v<detail::BranchResultRaw<decltype(fn)>>) {
          detail::callWithFlow(fn, branch);
          std::get<I>(results).emplace();
        } else {
          std::get<I>(results).emplace(detail::callWithFlow(fn, branch));
        }
      }),
       ...);
    }
    (std::index_sequence_for<F...>{});
    runParallel(erased);
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return std::tuple<detail::BranchResult<F>...>(std::move(*std::get<I>(results))...);
    }
    (std::index_sequence_for<F...>{});
  }

  /// Medusa's when(): runs `then` (taking Flow& or nothing) only if `condition` holds.
  /// Returns nothing for void callables, else std::optional of the result.
  template <class F>
  auto when(bool condition, F&& then) {
    using R = detail::BranchResultRaw<F>;
    if constexpr (std::is_void_v<R>) {
      if (condition) detail::callWithFlow(then, *this);
    } else {
      std::optional<std::remove_cvref_t<R>> result;
      if (condition) result.emplace(detail::callWithFlow(then, *this));
      return result;
    }
  }

  /// Runs the handler registered for `hook` as a step (with its own compensation); a hook
  /// without handler does nothing. A handler that throws fails the workflow.
  template <class Payload>
  void hook(const Hook<Payload>& hook, const std::type_identity_t<Payload>& payload) {
    const auto handler = findHook(hook.workflowId(), hook.name(), typeid(Payload));
    if (!handler) {
      nextKey(hook.name());  // keeps step keys stable whether or not a handler is registered
      return;
    }
    runStep((*static_cast<const detail::HookFactory<Payload>*>(handler.get()))(payload));
  }

  /// The id of the top-level workflow of this execution.
  const std::string& workflowId() const;
  /// The execution's transaction id.
  const std::string& transactionId() const;

 private:
  friend class detail::EngineCore;

  Flow(detail::Execution& execution, std::string prefix, std::map<std::string, int> counts);

  json::value runStep(detail::StepCall call);
  void runParallel(std::vector<std::function<void(Flow&)>>& branches);
  std::unique_ptr<Flow> nested(std::string_view workflowId);
  std::string nextKey(std::string_view id);
  std::shared_ptr<const void> findHook(const std::string& workflowId, const std::string& name,
                                       std::type_index payload) const;
  void checkNotForked() const;

  detail::Execution* m_execution;
  std::string m_prefix;                 // "" at the top, "nested-workflow-id/" inside one
  std::map<std::string, int> m_counts;  // uses of each id, for keys of repeated steps
  std::atomic<bool> m_forked{false};    // inside parallel(): branches must use their own Flow
};

}  // namespace medusa::workflow
