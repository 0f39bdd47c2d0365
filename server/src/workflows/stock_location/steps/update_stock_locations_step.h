// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/stock_location/stock_location_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

namespace detail {

// What the compensation writes back: the location's own columns and, when it had one, its
// address as it was.
inline boost::json::object restorableLocation(const boost::json::object& row) {
  boost::json::object out{{"id", row.at("id")},
                          {"name", row.at("name")},
                          {"address_id", row.at("address_id")},
                          {"metadata", row.at("metadata")}};
  if (const auto* address = row.if_contains("address"); address && address->is_object()) {
    boost::json::object previous;
    for (const auto& [key, value] : address->get_object()) {
      if (key != "id" && key != "created_at" && key != "updated_at" && key != "deleted_at") {
        previous[key] = value;
      }
    }
    out["address"] = std::move(previous);
  }
  return out;
}

}  // namespace detail

/// Updates stock locations (each row names its id; `address` updates or creates the
/// location's address). Compensation: writes the previous values and address back.
inline const auto updateStockLocationsStep = workflow::makeStep(
    "update-stock-locations-step",
    [](const boost::json::array& updates, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<stock_location::StockLocationModuleService>();
      boost::json::array previous;
      for (const auto& row : service.listStockLocations({{"id", jsonArray(idsOf(updates))}},
                                                        {"*", "address.*"})) {
        previous.push_back(detail::restorableLocation(row.as_object()));
      }
      auto updated = service.updateStockLocations(updates);
      return workflow::StepResponse{std::move(updated), std::move(previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<stock_location::StockLocationModuleService>().updateStockLocations(previous);
    });

}  // namespace medusa::server::workflows
