// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/pricing/pricing_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Soft-deletes the tax-inclusivity preferences ({attribute: "region_id"}) of the given
/// regions, so none outlives its region. Compensation: restores them.
inline const auto deleteRegionPricePreferencesStep = workflow::makeStep(
    "delete-region-price-preferences",
    [](const std::vector<std::string>& regionIds, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<pricing::PricingModuleService>();
      if (regionIds.empty()) return std::vector<std::string>{};
      const auto preferences = service.listPricePreferences(
          {.filters = {{"attribute", "region_id"},
                       {"value", boost::json::array(regionIds.begin(), regionIds.end())}},
           .fields = {"id"}});
      auto ids = idsOf(preferences);
      service.softDeletePricePreferences(ids);
      return ids;
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<pricing::PricingModuleService>().entity("price_preference").restore(ids);
    });

}  // namespace medusa::server::workflows
