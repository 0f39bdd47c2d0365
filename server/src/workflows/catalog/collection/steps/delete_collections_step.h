// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows::catalog {

/// Soft-deletes collections. Compensation: restores them.
inline const auto deleteCollectionsStep = workflow::makeStep(
    "delete-collections",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (!ids.empty()) ctx.resolve<product::ProductModuleService>().softDeleteProductCollections(ids);
      return workflow::StepResponse{ids, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<product::ProductModuleService>().restoreProductCollections(ids);
    });

}  // namespace medusa::server::workflows::catalog
