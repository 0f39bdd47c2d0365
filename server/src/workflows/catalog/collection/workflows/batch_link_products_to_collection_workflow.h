// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/collection/steps/batch_link_products_to_collection_step.h"

namespace medusa::server::workflows::catalog {

/// Adds products to and removes products from a collection (input: `{id, add, remove}`), as
/// Medusa's batchLinkProductsToCollectionWorkflow (which emits no event).
inline const auto batchLinkProductsToCollectionWorkflow = workflow::makeWorkflow(
    "batch-link-products-to-collection", [](const bj::object& input, workflow::Flow& flow) {
      flow.run(batchLinkProductsToCollectionStep, input);
    });

}  // namespace medusa::server::workflows::catalog
