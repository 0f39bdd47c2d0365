// SPDX-License-Identifier: MIT
#pragma once

#include <set>

#include "medusa/core/error.h"
#include "medusa/sales_channel/sales_channel_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Medusa's validate-sales-channels-exist: every id names a live sales channel, else
/// Error{InvalidData} `Sales channels with IDs a, b do not exist`. Writes nothing.
inline const auto validateSalesChannelsExistStep = workflow::makeStep(
    "validate-sales-channels-exist",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      const auto rows = ctx.resolve<sales_channel::SalesChannelModuleService>().listSalesChannels(
          {{"id", jsonIds(ids)}});
      std::set<std::string> found;
      for (const auto& id : idsOf(rows)) found.insert(id);
      std::string missing;
      for (const auto& id : ids) {
        if (!found.contains(id) && missing.find(id) == std::string::npos) {
          missing += (missing.empty() ? "" : ", ") + id;
        }
      }
      if (!missing.empty()) {
        throw Error(ErrorType::InvalidData, "Sales channels with IDs " + missing + " do not exist");
      }
    });

}  // namespace medusa::server::workflows::products
