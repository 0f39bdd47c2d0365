// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/category/steps/create_product_categories_step.h"

namespace medusa::server::workflows::catalog {

/// Creates categories (input: the categories) and emits `product-category.created` per
/// category, as Medusa's createProductCategoriesWorkflow. Returns the created categories.
inline const auto createProductCategoriesWorkflow = workflow::makeWorkflow(
    "create-product-categories", [](const bj::array& categories, workflow::Flow& flow) {
      auto created = flow.run(createProductCategoriesStep, categories);
      flow.run(workflow::emitEventStep,
               {"product-category.created", idEvents(idsOf(created)), {}});
      return created;
    });

}  // namespace medusa::server::workflows::catalog
