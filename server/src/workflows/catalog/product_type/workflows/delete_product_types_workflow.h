// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"
#include "workflows/catalog/product_type/steps/delete_product_types_step.h"

namespace medusa::server::workflows::catalog {

/// Soft-deletes product types (input: their ids) and emits `product-type.deleted` per id,
/// as Medusa's deleteProductTypesWorkflow. Returns the ids.
inline const auto deleteProductTypesWorkflow = workflow::makeWorkflow(
    "delete-product-types", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      auto deleted = flow.run(deleteProductTypesStep, ids);
      flow.run(workflow::emitEventStep, {"product-type.deleted", idEvents(ids), {}});
      return deleted;
    });

}  // namespace medusa::server::workflows::catalog
