// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/collection/steps/update_collections_step.h"

namespace medusa::server::workflows::catalog {

/// Updates collections (input: `{selector, update}`) and emits `product-collection.updated`
/// per collection, as Medusa's updateCollectionsWorkflow. Returns the updated collections.
inline const auto updateCollectionsWorkflow = workflow::makeWorkflow(
    "update-collections", [](const bj::object& input, workflow::Flow& flow) {
      auto updated = flow.run(updateCollectionsStep, input);
      flow.run(workflow::emitEventStep,
               {"product-collection.updated", idEvents(idsOf(updated)), {}});
      return updated;
    });

}  // namespace medusa::server::workflows::catalog
