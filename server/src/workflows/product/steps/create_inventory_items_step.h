// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/inventory/inventory_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Creates inventory items (the ones managed variants get by default); output in input order.
/// Compensation: deletes them for good.
inline const auto createInventoryItemsStep = workflow::makeStep(
    "create-inventory-items",
    [](const bj::array& items, workflow::StepContext& ctx) {
      if (items.empty()) return workflow::StepResponse{bj::array{}, std::vector<std::string>{}};
      auto created = ctx.resolve<inventory::InventoryModuleService>().createInventoryItems(items);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<inventory::InventoryModuleService>().deleteInventoryItems(ids);
    });

}  // namespace medusa::server::workflows::products
