// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/inventory/inventory_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Soft-deletes inventory levels named by id (`ids`) or by item and location (`pairs`:
/// [{inventory_item_id, location_id}]). Levels with reserved or incoming quantity, or (unless
/// `force`) stocked quantity: Error{NotAllowed} with Medusa's messages. Returns the deleted
/// ids. Compensation: restores them.
inline const auto deleteInventoryLevelsStep = workflow::makeStep(
    "delete-inventory-levels-step",
    [](const boost::json::object& in, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<inventory::InventoryModuleService>();
      std::vector<inventory::ItemLocation> pairs;
      const auto toPair = [](const boost::json::object& level) {
        return inventory::ItemLocation{std::string(level.at("inventory_item_id").as_string()),
                                       std::string(level.at("location_id").as_string())};
      };
      if (const auto ids = stringsOf(in.if_contains("ids")); !ids.empty()) {
        for (const auto& row : service.listInventoryLevels({{"id", jsonArray(ids)}})) {
          pairs.push_back(toPair(row.as_object()));
        }
      }
      if (const auto* named = in.if_contains("pairs"); named && named->is_array()) {
        for (const auto& pair : named->get_array()) pairs.push_back(toPair(pair.as_object()));
      }
      const auto* force = in.if_contains("force");
      std::vector<std::string> deleted;
      if (!pairs.empty()) {
        deleted = service.deleteInventoryLevels(pairs, force && force->is_bool() && force->get_bool());
      }
      return workflow::StepResponse{deleted, deleted};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<inventory::InventoryModuleService>().restoreInventoryLevels(ids);
    });

}  // namespace medusa::server::workflows
