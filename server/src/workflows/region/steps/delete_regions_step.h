// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/region/region_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/region/steps/region_step_support.h"

namespace medusa::server::workflows {

/// Soft-deletes regions, which frees their countries (unknown ids change nothing).
/// Compensation: restores the regions and gives them their countries back.
inline const auto deleteRegionsStep = workflow::makeStep(
    "delete-regions",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<region::RegionModuleService>();
      boost::json::array idArray(ids.begin(), ids.end());
      boost::json::array owned;  // [{id, countries: [iso_2...]}] of the live regions
      if (!ids.empty()) {
        const auto live = service.listAndCountRegions({.filters = {{"id", idArray}}});
        for (const auto& region : live.rows) {
          const auto& row = region.as_object();
          owned.push_back(regions::asUpdate({{"id", row.at("id")}, {"countries", row.at("countries")}}));
        }
      }
      service.softDeleteRegions(ids);
      return workflow::StepResponse{ids, std::move(owned)};
    },
    [](const boost::json::array& owned, workflow::StepContext& ctx) {
      if (owned.empty()) return;
      const auto& service = ctx.resolve<region::RegionModuleService>();
      std::vector<std::string> ids;
      for (const auto& region : owned) ids.emplace_back(region.at("id").as_string());
      service.restoreRegions(ids);
      service.updateRegions(owned);
    });

}  // namespace medusa::server::workflows
