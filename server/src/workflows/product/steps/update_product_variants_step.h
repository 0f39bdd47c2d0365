// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Updates variants (each naming its id). Compensation: writes back the previous values.
inline const auto updateProductVariantsStep = workflow::makeStep(
    "update-product-variants",
    [](const bj::array& variants, workflow::StepContext& ctx) {
      if (variants.empty()) return workflow::StepResponse{bj::array{}, bj::array{}};
      auto result = ctx.resolve<product::ProductModuleService>().updateProductVariants(variants);
      return workflow::StepResponse{std::move(result.rows), std::move(result.previous)};
    },
    [](const bj::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<product::ProductModuleService>().updateProductVariants(previous);
    });

}  // namespace medusa::server::workflows::products
