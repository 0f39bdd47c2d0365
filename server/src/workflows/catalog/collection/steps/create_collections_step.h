// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"

namespace medusa::server::workflows::catalog {

/// Creates collections ({title, handle?, metadata?}). Compensation: deletes them for good.
inline const auto createCollectionsStep = workflow::makeStep(
    "create-collections",
    [](const bj::array& collections, workflow::StepContext& ctx) {
      auto created = ctx.resolve<product::ProductModuleService>().createProductCollections(
          collections);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // compensation must be idempotent
      ctx.resolve<product::ProductModuleService>().deleteProductCollections(ids);
    });

}  // namespace medusa::server::workflows::catalog
