// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/inventory/inventory_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Updates inventory items (each row names its id). Compensation: writes the previous values
/// of the changed columns back.
inline const auto updateInventoryItemsStep =
    makeUpdateEntitiesStep<inventory::InventoryModuleService>("update-inventory-items-step",
                                                              "inventory_item");

}  // namespace medusa::server::workflows
