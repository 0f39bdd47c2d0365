// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <concepts>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "medusa/core/json.h"
#include "medusa/workflow/step_context.h"
#include "medusa/workflow/step_options.h"
#include "medusa/workflow/step_response.h"

namespace medusa::workflow {

namespace detail {

/// A finished invoke, as the execution record stores it.
struct Invocation {
  json::value output{};
  std::optional<json::value> compensationInput{};  // only for steps that have a compensation
};

using InvokeFn = std::function<Invocation(StepContext&)>;
using CompensateFn = std::function<void(const json::value&, StepContext&)>;

/// A step bound to its input, without types: what the engine runs and records.
struct StepCall {
  std::string id{};
  StepOptions options{};
  InvokeFn invoke{};
  CompensateFn compensate{};  // empty when the step has no compensation
};

/// The first parameter and the result of a non-generic lambda or function.
template <class F>
struct CallableTraits : CallableTraits<decltype(&std::remove_cvref_t<F>::operator())> {};
template <class C, class R, class A, class... Rest>
struct CallableTraits<R (C::*)(A, Rest...) const> {
  using FirstArg = std::remove_cvref_t<A>;
};
template <class C, class R, class A, class... Rest>
struct CallableTraits<R (C::*)(A, Rest...)> {
  using FirstArg = std::remove_cvref_t<A>;
};
template <class R, class A, class... Rest>
struct CallableTraits<R (*)(A, Rest...)> {
  using FirstArg = std::remove_cvref_t<A>;
};

/// Output and compensation input types of what an invoke returns.
template <class R>
struct ResponseTraits {
  using Out = R;
  using Comp = R;
};
template <class O, class C>
struct ResponseTraits<StepResponse<O, C>> {
  using Out = O;
  using Comp = C;
};
template <>
struct ResponseTraits<void> {
  using Out = Empty;
  using Comp = Empty;
};

}  // namespace detail

/// A step: an id (Medusa's name, e.g. "create-products"), a typed invoke and an optional
/// compensation. Outputs and compensation inputs must convert to and from JSON
/// (boost::json value_from/value_to, e.g. a tag_invoke pair or BOOST_DESCRIBE_STRUCT), because
/// the execution record stores them. Cheap to copy; made by makeStep().
template <class In, class Out, class Comp>
class Step {
 public:
  using Input = In;
  using Output = Out;
  using CompensationInput = Comp;
  using Invoke = std::function<StepResponse<Out, Comp>(const In&, StepContext&)>;
  using Compensate = std::function<void(const Comp&, StepContext&)>;

  /// A step; `compensate` may be empty. makeStep() deduces the types.
  Step(std::string id, Invoke invoke, Compensate compensate, StepOptions options = {})
      : m_impl(std::make_shared<const Impl>(
            Impl{std::move(id), std::move(invoke), std::move(compensate)})),
        m_options(options) {}

  /// The step id (Medusa's name).
  const std::string& id() const { return m_impl->id; }
  /// Retries, timeout, async, resumable.
  const StepOptions& options() const { return m_options; }
  /// Whether a compensation was given.
  bool hasCompensation() const { return static_cast<bool>(m_impl->compensate); }

  /// The same step with other options (Medusa's `step.config({...})`).
  Step withOptions(StepOptions options) const {
    Step copy = *this;
    copy.m_options = options;
    return copy;
  }

  /// The untyped call the engine runs: invoke bound to `input`, results as JSON.
  detail::StepCall bind(In input) const {
    auto impl = m_impl;
    detail::StepCall call{impl->id, m_options, {}, {}};
    call.invoke = [impl, in = std::move(input)](StepContext& ctx) {
      StepResponse<Out, Comp> response = impl->invoke(in, ctx);
      detail::Invocation result{boost::json::value_from(std::move(response.output)), {}};
      if (impl->compensate) {
        result.compensationInput = boost::json::value_from(std::move(response.compensationInput));
      }
      return result;
    };
    if (impl->compensate) {
      call.compensate = [impl](const json::value& recorded, StepContext& ctx) {
        impl->compensate(boost::json::value_to<Comp>(recorded), ctx);
      };
    }
    return call;
  }

 private:
  struct Impl {
    std::string id{};
    Invoke invoke{};
    Compensate compensate{};
  };
  std::shared_ptr<const Impl> m_impl;
  StepOptions m_options;
};

namespace detail {

template <class Invoke>
using StepInputOf = typename CallableTraits<Invoke>::FirstArg;
template <class Invoke>
using InvokeResultOf = std::invoke_result_t<Invoke&, const StepInputOf<Invoke>&, StepContext&>;
template <class Invoke>
using StepOf = Step<StepInputOf<Invoke>, typename ResponseTraits<InvokeResultOf<Invoke>>::Out,
                    typename ResponseTraits<InvokeResultOf<Invoke>>::Comp>;

/// Wraps an invoke returning void, a plain value or a StepResponse into the Step's signature.
template <class Invoke>
typename StepOf<Invoke>::Invoke normalizedInvoke(Invoke invoke) {
  using S = StepOf<Invoke>;
  using R = InvokeResultOf<Invoke>;
  using Response = StepResponse<typename S::Output, typename S::CompensationInput>;
  return [f = std::move(invoke)](const typename S::Input& in, StepContext& ctx) -> Response {
    if constexpr (std::is_void_v<R>) {
      f(in, ctx);
      return Response(Empty{});
    } else if constexpr (std::is_same_v<R, Response>) {
      return f(in, ctx);
    } else {
      return Response(f(in, ctx));
    }
  };
}

}  // namespace detail

/// Makes a step without compensation from `invoke(const In&, StepContext&)`, which returns
/// void, an output, or StepResponse{output, compensationInput}.
template <class Invoke>
auto makeStep(std::string id, Invoke invoke, StepOptions options = {}) {
  using S = detail::StepOf<Invoke>;
  return S(std::move(id), detail::normalizedInvoke(std::move(invoke)), {}, options);
}

/// Makes a step with compensation `compensate(const Comp&, StepContext&)`. The compensation
/// must be idempotent (it may run again after a crash) and gets only the compensation input.
template <class Invoke, class Compensate>
requires(!std::same_as<std::remove_cvref_t<Compensate>, StepOptions>) auto makeStep(
    std::string id, Invoke invoke, Compensate compensate, StepOptions options = {}) {
  using S = detail::StepOf<Invoke>;
  static_assert(
      std::is_invocable_v<Compensate&, const typename S::CompensationInput&, StepContext&>,
      "the compensation must take the step's compensation input and StepContext&");
  return S(std::move(id), detail::normalizedInvoke(std::move(invoke)),
           typename S::Compensate(std::move(compensate)), options);
}

}  // namespace medusa::workflow
