// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/inventory/inventory_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Updates inventory levels named by {inventory_item_id, location_id} (stocked_quantity,
/// incoming_quantity, metadata); unknown pairs: Error{NotFound}. Compensation: writes the
/// previous quantities and metadata back.
inline const auto updateInventoryLevelsStep = workflow::makeStep(
    "update-inventory-levels-step",
    [](const boost::json::array& updates, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<inventory::InventoryModuleService>();
      boost::json::array previous;
      for (const auto& item : updates) {
        const auto& update = item.as_object();
        const auto rows = service.listInventoryLevels(
            {{"inventory_item_id", update.at("inventory_item_id")},
             {"location_id", update.at("location_id")}});
        for (const auto& row : rows) {
          const auto& level = row.as_object();
          previous.push_back(boost::json::object{
              {"inventory_item_id", level.at("inventory_item_id")},
              {"location_id", level.at("location_id")},
              {"stocked_quantity", level.at("stocked_quantity")},
              {"incoming_quantity", level.at("incoming_quantity")},
              {"metadata", level.at("metadata")}});
        }
      }
      if (updates.empty()) return workflow::StepResponse{boost::json::array{}, previous};
      auto updated = service.updateInventoryLevels(updates);
      return workflow::StepResponse{std::move(updated), std::move(previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<inventory::InventoryModuleService>().updateInventoryLevels(previous);
    });

}  // namespace medusa::server::workflows
