// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/category/steps/update_product_categories_step.h"

namespace medusa::server::workflows::catalog {

/// Updates (and moves or re-ranks) categories (input: `{selector, update}`) and emits
/// `product-category.updated` per category, as Medusa's updateProductCategoriesWorkflow.
inline const auto updateProductCategoriesWorkflow = workflow::makeWorkflow(
    "update-product-categories", [](const bj::object& input, workflow::Flow& flow) {
      auto updated = flow.run(updateProductCategoriesStep, input);
      flow.run(workflow::emitEventStep,
               {"product-category.updated", idEvents(idsOf(updated)), {}});
      return updated;
    });

}  // namespace medusa::server::workflows::catalog
