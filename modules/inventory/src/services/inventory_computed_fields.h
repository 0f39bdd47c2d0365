// SPDX-License-Identifier: MIT
// The computed fields the inventory module adds to Query.
#pragma once

#include "medusa/framework/query_engine.h"

namespace medusa::inventory::detail {

/// inventory_item.stocked_quantity / reserved_quantity (sums over live levels, one statement
/// per level of the graph) and inventory_level.available_quantity (stocked - reserved).
void registerComputedFields(framework::QueryEngine& query);

}  // namespace medusa::inventory::detail
