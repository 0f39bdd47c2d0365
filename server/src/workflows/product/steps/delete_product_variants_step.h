// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Soft-deletes variants. Compensation: restores them.
inline const auto deleteProductVariantsStep = workflow::makeStep(
    "delete-product-variants",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (!ids.empty()) ctx.resolve<product::ProductModuleService>().softDeleteProductVariants(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<product::ProductModuleService>().restoreProductVariants(ids);
    });

}  // namespace medusa::server::workflows::products
