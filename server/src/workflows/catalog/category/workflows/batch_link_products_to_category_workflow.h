// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/category/steps/batch_link_products_to_category_step.h"

namespace medusa::server::workflows::catalog {

/// Links products to and unlinks them from a category (input: `{id, add, remove}`), as
/// Medusa's batchLinkProductsToCategoryWorkflow (which emits no event).
inline const auto batchLinkProductsToCategoryWorkflow = workflow::makeWorkflow(
    "batch-link-products-to-category", [](const bj::object& input, workflow::Flow& flow) {
      flow.run(batchLinkProductsToCategoryStep, input);
    });

}  // namespace medusa::server::workflows::catalog
