// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/catalog/catalog_step_support.h"

namespace medusa::server::workflows::catalog {

/// Updates the product types matching `{selector, update}`. Compensation: writes back the
/// previous values of the fields the update named.
inline const auto updateProductTypesStep =
    makeSelectorUpdateStep<&product::ProductModuleService::updateProductTypes>(
        "update-product-types", "product_type");

}  // namespace medusa::server::workflows::catalog
