// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/pricing/pricing_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Soft-deletes price preferences (unknown ids change nothing). Compensation: restores them.
inline const auto deletePricePreferencesStep = workflow::makeStep(
    "delete-price-preferences",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<pricing::PricingModuleService>().softDeletePricePreferences(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<pricing::PricingModuleService>().entity("price_preference").restore(ids);
    });

}  // namespace medusa::server::workflows
