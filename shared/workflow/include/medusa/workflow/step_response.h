// SPDX-License-Identifier: MIT
#pragma once

#include <concepts>
#include <utility>
#include <variant>

namespace medusa::workflow {

/// "Nothing": the output of a step or workflow that returns void (stored as JSON null).
using Empty = std::monostate;

/// What a step's invoke returns: its output (given to the workflow) and the input of its
/// compensation (what the compensation needs to undo the step, e.g. the created ids).
/// `StepResponse{output}` compensates with the output itself, as in Medusa.
template <class Out, class Comp = Out>
struct StepResponse {
  StepResponse(Out out)  // NOLINT(google-explicit-constructor): returned from step lambdas
      requires std::same_as<Out, Comp> : output(std::move(out)),
                                         compensationInput(output) {}
  StepResponse(Out out, Comp compensation)
      : output(std::move(out)), compensationInput(std::move(compensation)) {}

  Out output;
  Comp compensationInput;
};

template <class O>
StepResponse(O) -> StepResponse<O, O>;
template <class O, class C>
StepResponse(O, C) -> StepResponse<O, C>;

}  // namespace medusa::workflow
