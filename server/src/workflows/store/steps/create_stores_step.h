// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/store/store_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates stores with their supported currencies. Compensation: deletes them.
inline const auto createStoresStep = workflow::makeStep(
    "create-stores",
    [](const boost::json::array& stores, workflow::StepContext& ctx) {
      auto created = ctx.resolve<store::StoreModuleService>().createStores(stores);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // compensation must be idempotent
      ctx.resolve<store::StoreModuleService>().deleteStores(ids);
    });

}  // namespace medusa::server::workflows
