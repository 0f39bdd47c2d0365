// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"
#include "workflows/catalog/category/steps/delete_product_categories_step.h"

namespace medusa::server::workflows::catalog {

/// Soft-deletes categories (input: their ids) and emits `product-category.deleted` per id,
/// as Medusa's deleteProductCategoriesWorkflow. Returns the ids.
inline const auto deleteProductCategoriesWorkflow = workflow::makeWorkflow(
    "delete-product-categories", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      auto deleted = flow.run(deleteProductCategoriesStep, ids);
      flow.run(workflow::emitEventStep, {"product-category.deleted", idEvents(ids), {}});
      return deleted;
    });

}  // namespace medusa::server::workflows::catalog
