// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Creates products with their options, variants, images, tags and categories in one batched
/// module call. Compensation: deletes them for good with everything they own.
inline const auto createProductsStep = workflow::makeStep(
    "create-products",
    [](const bj::array& products, workflow::StepContext& ctx) {
      auto created = ctx.resolve<product::ProductModuleService>().createProducts(products);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // deleting absent products does nothing: safe to repeat
      ctx.resolve<product::ProductModuleService>().deleteProducts(ids);
    });

}  // namespace medusa::server::workflows::products
