// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/product_tag/steps/update_product_tags_step.h"

namespace medusa::server::workflows::catalog {

/// Updates product tags (input: `{selector, update}`) and emits `product-tag.updated` per
/// tag, as Medusa's updateProductTagsWorkflow. Returns the updated tags.
inline const auto updateProductTagsWorkflow = workflow::makeWorkflow(
    "update-product-tags", [](const bj::object& input, workflow::Flow& flow) {
      auto updated = flow.run(updateProductTagsStep, input);
      flow.run(workflow::emitEventStep, {"product-tag.updated", idEvents(idsOf(updated)), {}});
      return updated;
    });

}  // namespace medusa::server::workflows::catalog
