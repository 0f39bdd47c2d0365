// SPDX-License-Identifier: MIT
#pragma once

#include <set>

#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Medusa's validate-inventory-items-step: every id names a live inventory item, else
/// Error{InvalidData} `Inventory Items with ids: a, b was not found`. Writes nothing.
inline const auto validateInventoryItemsStep = workflow::makeStep(
    "validate-inventory-items-step",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      const auto rows =
          ctx.resolve<framework::QueryEngine>()
              .graph(
                  {.entity = "inventory_item", .fields = {"id"}, .filters = {{"id", jsonIds(ids)}}})
              .rows;
      std::set<std::string> found;
      for (const auto& id : idsOf(rows)) found.insert(id);
      std::string missing;
      for (const auto& id : ids) {
        if (!found.contains(id)) missing += (missing.empty() ? "" : ", ") + id;
      }
      if (!missing.empty()) {
        throw Error(ErrorType::InvalidData,
                    "Inventory Items with ids: " + missing + " was not found");
      }
    });

}  // namespace medusa::server::workflows::products
