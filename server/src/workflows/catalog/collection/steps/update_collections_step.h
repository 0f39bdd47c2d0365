// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/catalog/catalog_step_support.h"

namespace medusa::server::workflows::catalog {

/// Updates the collections matching `{selector, update}`. Compensation: writes back the
/// previous values of the fields the update named.
inline const auto updateCollectionsStep =
    makeSelectorUpdateStep<&product::ProductModuleService::updateProductCollections>(
        "update-collections", "product_collection");

}  // namespace medusa::server::workflows::catalog
