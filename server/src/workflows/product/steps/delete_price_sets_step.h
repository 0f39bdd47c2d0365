// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/pricing/pricing_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Soft-deletes price sets with their prices. Compensation: restores them.
inline const auto deletePriceSetsStep = workflow::makeStep(
    "delete-price-sets",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (!ids.empty()) ctx.resolve<pricing::PricingModuleService>().softDeletePriceSets(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<pricing::PricingModuleService>().restorePriceSets(ids);
    });

}  // namespace medusa::server::workflows::products
