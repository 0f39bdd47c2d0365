// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/region/region_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates regions with their countries (a country owned elsewhere: Medusa's 400).
/// Compensation: deletes them, which frees their countries.
inline const auto createRegionsStep = workflow::makeStep(
    "create-regions",
    [](const boost::json::array& regions, workflow::StepContext& ctx) {
      auto created = ctx.resolve<region::RegionModuleService>().createRegions(regions);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // compensation must be idempotent
      ctx.resolve<region::RegionModuleService>().deleteRegions(ids);
    });

}  // namespace medusa::server::workflows
