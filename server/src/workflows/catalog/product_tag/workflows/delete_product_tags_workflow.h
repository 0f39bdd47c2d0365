// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"
#include "workflows/catalog/product_tag/steps/delete_product_tags_step.h"

namespace medusa::server::workflows::catalog {

/// Soft-deletes product tags (input: their ids) and emits `product-tag.deleted` per id,
/// as Medusa's deleteProductTagsWorkflow. Returns the ids.
inline const auto deleteProductTagsWorkflow = workflow::makeWorkflow(
    "delete-product-tags", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      auto deleted = flow.run(deleteProductTagsStep, ids);
      flow.run(workflow::emitEventStep, {"product-tag.deleted", idEvents(ids), {}});
      return deleted;
    });

}  // namespace medusa::server::workflows::catalog
