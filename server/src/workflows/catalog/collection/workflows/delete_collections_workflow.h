// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"
#include "workflows/catalog/collection/steps/delete_collections_step.h"

namespace medusa::server::workflows::catalog {

/// Soft-deletes collections (input: their ids) and emits `product-collection.deleted` per id,
/// as Medusa's deleteCollectionsWorkflow. Returns the ids.
inline const auto deleteCollectionsWorkflow = workflow::makeWorkflow(
    "delete-collections", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      auto deleted = flow.run(deleteCollectionsStep, ids);
      flow.run(workflow::emitEventStep, {"product-collection.deleted", idEvents(ids), {}});
      return deleted;
    });

}  // namespace medusa::server::workflows::catalog
