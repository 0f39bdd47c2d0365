// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Creates options {product_id, title, values}. Compensation: deletes them.
inline const auto createProductOptionsStep = workflow::makeStep(
    "create-product-options",
    [](const bj::array& options, workflow::StepContext& ctx) {
      auto created = ctx.resolve<product::ProductModuleService>().createProductOptions(options);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<product::ProductModuleService>().deleteProductOptions(ids);
    });

}  // namespace medusa::server::workflows::products
