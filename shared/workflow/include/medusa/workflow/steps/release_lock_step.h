// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/infra/locking.h"
#include "medusa/workflow/step.h"

namespace medusa::workflow {

/// Input of releaseLockStep (Medusa's ReleaseLockStepInput).
struct ReleaseLockInput {
  std::vector<std::string> keys{};
  /// Default: the transaction id, as acquireLockStep uses.
  std::string ownerId{};
};

/// Releases locks taken by acquireLockStep. No compensation: a failing workflow releases its
/// locks through acquireLockStep's compensation.
inline const auto releaseLockStep =
    makeStep("release-lock-step", [](const ReleaseLockInput& in, StepContext& ctx) {
      if (in.keys.empty()) return;
      ctx.resolve<infra::Locking>().release(in.keys,
                                            in.ownerId.empty() ? ctx.transactionId() : in.ownerId);
    });

}  // namespace medusa::workflow
