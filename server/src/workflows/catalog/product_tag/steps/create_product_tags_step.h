// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows::catalog {

/// Creates product tags ({value, metadata?}). Compensation: deletes them for good.
inline const auto createProductTagsStep =
    makeCreateEntitiesStep<product::ProductModuleService>("create-product-tags", "product_tag");

}  // namespace medusa::server::workflows::catalog
