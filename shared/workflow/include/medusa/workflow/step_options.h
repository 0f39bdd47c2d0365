// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace medusa::workflow {

/// Per-step behaviour, as Medusa's `createStep({name, maxRetries, retryInterval, timeout, async})`.
struct StepOptions {
  /// Extra attempts after a failed one (0 = the step runs once).
  int maxRetries = 0;
  /// Wait before the first retry; each further retry waits `backoffMultiplier` times longer.
  std::chrono::milliseconds retryInterval{0};
  double backoffMultiplier = 2.0;
  /// Limit per attempt (0 = none). Past it the attempt fails and its cancellation token fires;
  /// if the invoke still returns later, its result is compensated at once.
  std::chrono::milliseconds timeout{0};
  /// Long-running step (payment webhooks): after its invoke returns, the execution waits until
  /// WorkflowEngine::setStepSuccess() or setStepFailure() is called for it.
  bool async = false;
  /// Safe to invoke again when a crash interrupted it: recover() then resumes the execution
  /// instead of compensating it.
  bool resumable = false;
};

}  // namespace medusa::workflow
