// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/product/product_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows::catalog {

/// Soft-deletes product tags. Compensation: restores them.
inline const auto deleteProductTagsStep =
    makeSoftDeleteEntitiesStep<product::ProductModuleService>("delete-product-tags", "product_tag");

}  // namespace medusa::server::workflows::catalog
