// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows::catalog {

/// Creates product types ({value, metadata?}). Compensation: deletes them for good.
inline const auto createProductTypesStep =
    makeCreateEntitiesStep<product::ProductModuleService>("create-product-types", "product_type");

}  // namespace medusa::server::workflows::catalog
