// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/collection/steps/create_collections_step.h"

namespace medusa::server::workflows::catalog {

/// Creates collections (input: the collections) and emits `product-collection.created` per
/// collection, as Medusa's createCollectionsWorkflow. Returns the created collections.
inline const auto createCollectionsWorkflow = workflow::makeWorkflow(
    "create-collections", [](const bj::array& collections, workflow::Flow& flow) {
      auto created = flow.run(createCollectionsStep, collections);
      flow.run(workflow::emitEventStep,
               {"product-collection.created", idEvents(idsOf(created)), {}});
      return created;
    });

}  // namespace medusa::server::workflows::catalog
