// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Soft-deletes options with their values. Compensation: restores them.
inline const auto deleteProductOptionsStep = workflow::makeStep(
    "delete-product-options",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (!ids.empty()) ctx.resolve<product::ProductModuleService>().softDeleteProductOptions(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<product::ProductModuleService>().restoreProductOptions(ids);
    });

}  // namespace medusa::server::workflows::products
