// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/catalog/catalog_step_support.h"

namespace medusa::server::workflows::catalog {

/// Updates the product tags matching `{selector, update}`. Compensation: writes back the
/// previous values of the fields the update named.
inline const auto updateProductTagsStep =
    makeSelectorUpdateStep<&product::ProductModuleService::updateProductTags>(
        "update-product-tags", "product_tag");

}  // namespace medusa::server::workflows::catalog
