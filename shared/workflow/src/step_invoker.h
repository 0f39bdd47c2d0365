// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "execution.h"

namespace medusa::workflow::detail {

/// Runs a step's invoke with its options: retries with backoff, a timeout per attempt (the
/// attempt then runs on its own thread, and a result arriving late is compensated at once).
/// On success `events` holds what the successful attempt buffered. Throws the last error.
Invocation invokeStep(Execution& execution, const StepCall& call, const std::string& key,
                      std::vector<infra::Event>& events);

/// Runs a compensation with the step's retry options.
void compensateStep(Execution& execution, const Compensator& compensator, const std::string& key,
                    const json::value& input);

}  // namespace medusa::workflow::detail
