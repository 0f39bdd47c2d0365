// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows::catalog {

/// Soft-deletes leaf categories, closing the rank gap (a category with children is refused).
/// Compensation: restores them at their old rank.
inline const auto deleteProductCategoriesStep = workflow::makeStep(
    "delete-product-categories",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (!ids.empty()) ctx.resolve<product::ProductModuleService>().softDeleteProductCategories(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<product::ProductModuleService>().restoreProductCategories(ids);
    });

}  // namespace medusa::server::workflows::catalog
