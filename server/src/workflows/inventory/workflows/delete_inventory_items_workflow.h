// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/inventory/steps/delete_inventory_items_step.h"
#include "workflows/product/steps/remove_remote_links_step.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Deletes inventory items (ids) with their levels and reservations, and removes their links
/// (variants).
inline const auto deleteInventoryItemWorkflow = workflow::makeWorkflow(
    "delete-inventory-item-workflow", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      flow.run(deleteInventoryItemsStep, ids);
      flow.run(products::removeRemoteLinksStep,
               boost::json::object{{"entity", "inventory_item"}, {"ids", jsonArray(ids)}});
      return ids;
    });

}  // namespace medusa::server::workflows
