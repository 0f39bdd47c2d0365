// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"
#include "workflows/catalog/product_type/steps/create_product_types_step.h"

namespace medusa::server::workflows::catalog {

/// Creates product types (input: the types) and emits `product-type.created` per type, as
/// Medusa's createProductTypesWorkflow. Returns the created types.
inline const auto createProductTypesWorkflow = workflow::makeWorkflow(
    "create-product-types", [](const bj::array& types, workflow::Flow& flow) {
      auto created = flow.run(createProductTypesStep, types);
      flow.run(workflow::emitEventStep, {"product-type.created", idEvents(idsOf(created)), {}});
      return created;
    });

}  // namespace medusa::server::workflows::catalog
