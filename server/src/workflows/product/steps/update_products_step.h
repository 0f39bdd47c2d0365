// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Updates products (each naming its id) with the module's replace semantics for options,
/// variants, images, tags and categories. Compensation: writes back the previous scalars and
/// relation lists the module snapshotted.
inline const auto updateProductsStep = workflow::makeStep(
    "update-products",
    [](const bj::array& products, workflow::StepContext& ctx) {
      if (products.empty()) return workflow::StepResponse{bj::array{}, bj::array{}};
      auto result = ctx.resolve<product::ProductModuleService>().updateProducts(products);
      return workflow::StepResponse{std::move(result.rows), std::move(result.previous)};
    },
    [](const bj::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;  // restoring the same values twice changes nothing
      ctx.resolve<product::ProductModuleService>().updateProducts(previous);
    });

}  // namespace medusa::server::workflows::products
