// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Soft-deletes products with their variants, options, values and images. Compensation:
/// restores them.
inline const auto deleteProductsStep = workflow::makeStep(
    "delete-products",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (!ids.empty()) ctx.resolve<product::ProductModuleService>().softDeleteProducts(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // restoring live rows changes nothing
      ctx.resolve<product::ProductModuleService>().restoreProducts(ids);
    });

}  // namespace medusa::server::workflows::products
