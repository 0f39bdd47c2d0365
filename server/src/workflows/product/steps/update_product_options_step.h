// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Updates options {id, title?, values?}. Compensation: writes back the previous values.
inline const auto updateProductOptionsStep = workflow::makeStep(
    "update-product-options",
    [](const bj::array& options, workflow::StepContext& ctx) {
      if (options.empty()) return workflow::StepResponse{bj::array{}, bj::array{}};
      auto result = ctx.resolve<product::ProductModuleService>().updateProductOptions(options);
      return workflow::StepResponse{std::move(result.rows), std::move(result.previous)};
    },
    [](const bj::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<product::ProductModuleService>().updateProductOptions(previous);
    });

}  // namespace medusa::server::workflows::products
