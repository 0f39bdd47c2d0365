// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows::catalog {

/// Soft-deletes product types. Compensation: restores them.
inline const auto deleteProductTypesStep =
    makeSoftDeleteEntitiesStep<product::ProductModuleService>("delete-product-types", "product_type");

}  // namespace medusa::server::workflows::catalog
