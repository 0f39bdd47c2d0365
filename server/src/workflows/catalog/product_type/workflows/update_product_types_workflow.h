// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/product_type/steps/update_product_types_step.h"

namespace medusa::server::workflows::catalog {

/// Updates product types (input: `{selector, update}`) and emits `product-type.updated` per
/// type, as Medusa's updateProductTypesWorkflow. Returns the updated types.
inline const auto updateProductTypesWorkflow = workflow::makeWorkflow(
    "update-product-types", [](const bj::object& input, workflow::Flow& flow) {
      auto updated = flow.run(updateProductTypesStep, input);
      flow.run(workflow::emitEventStep, {"product-type.updated", idEvents(idsOf(updated)), {}});
      return updated;
    });

}  // namespace medusa::server::workflows::catalog
