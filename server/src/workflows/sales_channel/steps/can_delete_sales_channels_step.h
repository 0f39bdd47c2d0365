// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/store/store_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Medusa's can-delete-sales-channels-or-throw-step: a store's default sales channel cannot
/// be deleted (Error{InvalidData} `Cannot delete default sales channels: sc_1`). Writes nothing.
inline const auto canDeleteSalesChannelsOrThrowStep = workflow::makeStep(
    "can-delete-sales-channels-or-throw-step",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      const auto stores = ctx.resolve<store::StoreModuleService>().entity("store").list(
          {.filters = {{"default_sales_channel_id", jsonArray(ids)}},
           .fields = {"id", "default_sales_channel_id"}});
      std::string defaults;
      for (const auto& row : stores) {
        defaults += (defaults.empty() ? "" : ", ") +
                    std::string(row.at("default_sales_channel_id").as_string());
      }
      if (!defaults.empty()) {
        throw Error(ErrorType::InvalidData, "Cannot delete default sales channels: " + defaults);
      }
    });

}  // namespace medusa::server::workflows
