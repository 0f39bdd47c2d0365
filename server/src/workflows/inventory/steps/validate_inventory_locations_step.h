// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <set>
#include <string>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/stock_location/stock_location_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Medusa's validate-inventory-levels-step: every level's location_id names a live stock
/// location, else Error{NotFound} `Stock locations with ids: a, b was not found`. Writes nothing.
inline const auto validateInventoryLocationsStep = workflow::makeStep(
    "validate-inventory-levels-step",
    [](const boost::json::array& levels, workflow::StepContext& ctx) {
      std::vector<std::string> wanted;
      for (const auto& level : levels) wanted.emplace_back(level.at("location_id").as_string());
      if (wanted.empty()) return;
      const auto rows = ctx.resolve<stock_location::StockLocationModuleService>()
                            .listStockLocations({{"id", jsonArray(wanted)}}, {"id"});
      const auto found = idsOf(rows);
      const std::set<std::string> known(found.begin(), found.end());
      std::set<std::string> reported;
      std::string missing;
      for (const auto& id : wanted) {
        if (known.contains(id) || !reported.insert(id).second) continue;
        missing += (missing.empty() ? "" : ", ") + id;
      }
      if (!missing.empty()) {
        throw Error(ErrorType::NotFound, "Stock locations with ids: " + missing + " was not found");
      }
    });

}  // namespace medusa::server::workflows
