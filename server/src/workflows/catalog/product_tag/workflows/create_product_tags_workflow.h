// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"
#include "workflows/catalog/product_tag/steps/create_product_tags_step.h"

namespace medusa::server::workflows::catalog {

/// Creates product tags (input: the tags) and emits `product-tag.created` per tag, as
/// Medusa's createProductTagsWorkflow. Returns the created tags.
inline const auto createProductTagsWorkflow = workflow::makeWorkflow(
    "create-product-tags", [](const bj::array& tags, workflow::Flow& flow) {
      auto created = flow.run(createProductTagsStep, tags);
      flow.run(workflow::emitEventStep, {"product-tag.created", idEvents(idsOf(created)), {}});
      return created;
    });

}  // namespace medusa::server::workflows::catalog
