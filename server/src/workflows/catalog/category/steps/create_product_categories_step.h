// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"

namespace medusa::server::workflows::catalog {

/// Creates categories in the tree (rank and mpath set by the module). Compensation: deletes
/// them for good, children before the parents created with them, closing the rank gaps.
inline const auto createProductCategoriesStep = workflow::makeStep(
    "create-product-categories",
    [](const bj::array& categories, workflow::StepContext& ctx) {
      auto created =
          ctx.resolve<product::ProductModuleService>().createProductCategories(categories);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // compensation must be idempotent
      ctx.resolve<product::ProductModuleService>().deleteProductCategories(
          std::vector<std::string>(ids.rbegin(), ids.rend()));
    });

}  // namespace medusa::server::workflows::catalog
