// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "medusa/core/json.h"
#include "medusa/workflow/step.h"

namespace medusa::workflow {

/// Input of emitEventStep (Medusa's `{eventName, data, metadata}`).
struct EmitEventInput {
  std::string eventName{};
  /// The payload; an array emits one event per element, null emits nothing.
  json::value data{};
  json::object metadata{};
};

/// Buffers an event in the execution's event group; the engine publishes the group only after
/// the whole workflow succeeded and drops it on failure, so there is nothing to compensate.
inline const auto emitEventStep =
    makeStep("emit-event-step", [](const EmitEventInput& in, StepContext& ctx) {
      if (in.data.is_null()) return;
      json::object metadata = in.metadata;
      metadata["eventGroupId"] = ctx.eventGroupId();
      if (const auto* items = in.data.if_array()) {
        for (const auto& item : *items) ctx.bufferEvent({in.eventName, item, metadata});
      } else {
        ctx.bufferEvent({in.eventName, in.data, metadata});
      }
    });

}  // namespace medusa::workflow
