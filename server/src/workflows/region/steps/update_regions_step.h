// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/region/region_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/region/steps/region_step_support.h"

namespace medusa::server::workflows {

/// Applies `update` ({name?, currency_code?, countries?, automatic_taxes?, metadata?}) to the
/// regions matching `selector`; an empty update changes nothing. Compensation: writes the
/// previous values of the updated columns (and the previous countries) back.
inline const auto updateRegionsStep = workflow::makeStep(
    "update-region",
    [](const boost::json::object& input, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<region::RegionModuleService>();
      const auto& update = input.at("update").as_object();
      const auto current =
          service.listAndCountRegions({.filters = input.at("selector").as_object()}).rows;
      if (update.empty()) return workflow::StepResponse{current, boost::json::array{}};
      boost::json::array rows, previous;
      for (const auto& region : current) {
        const auto& before = region.as_object();
        boost::json::object row = update, old{{"id", before.at("id")}};
        row["id"] = before.at("id");
        for (const auto& [key, value] : update) {
          if (const auto* was = before.if_contains(key)) old[key] = *was;
        }
        rows.push_back(std::move(row));
        previous.push_back(regions::asUpdate(old));
      }
      auto updated = rows.empty() ? boost::json::array{} : service.updateRegions(rows);
      return workflow::StepResponse{std::move(updated), std::move(previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<region::RegionModuleService>().updateRegions(previous);
    });

}  // namespace medusa::server::workflows
