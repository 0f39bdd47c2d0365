// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/pricing/pricing_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Creates price sets `[{prices: [...]}]` in one module call; the output keeps input order.
/// Compensation: deletes them for good with their prices.
inline const auto createPriceSetsStep = workflow::makeStep(
    "create-price-sets",
    [](const bj::array& sets, workflow::StepContext& ctx) {
      if (sets.empty()) return workflow::StepResponse{bj::array{}, std::vector<std::string>{}};
      auto created = ctx.resolve<pricing::PricingModuleService>().createPriceSets(sets);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<pricing::PricingModuleService>().deletePriceSets(ids);
    });

}  // namespace medusa::server::workflows::products
