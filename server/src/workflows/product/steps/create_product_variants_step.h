// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Creates variants, each naming its product_id and options. Compensation: deletes them.
inline const auto createProductVariantsStep = workflow::makeStep(
    "create-product-variants",
    [](const bj::array& variants, workflow::StepContext& ctx) {
      if (variants.empty()) return workflow::StepResponse{bj::array{}, std::vector<std::string>{}};
      auto created = ctx.resolve<product::ProductModuleService>().createProductVariants(variants);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;
      ctx.resolve<product::ProductModuleService>().deleteProductVariants(ids);
    });

}  // namespace medusa::server::workflows::products
