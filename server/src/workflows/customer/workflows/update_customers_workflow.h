// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/customer_step_support.h"
#include "workflows/customer/steps/update_customers_step.h"

namespace medusa::server::workflows {

/// Updates the customers `selector` matches ({selector, update}) and emits `customer.updated`
/// per customer. Returns them.
inline const auto updateCustomersWorkflow = workflow::makeWorkflow(
    "update-customers", [](const boost::json::object& in, workflow::Flow& flow) {
      auto customers = flow.run(updateCustomersStep, in);
      flow.run(workflow::emitEventStep, {"customer.updated", idEvents(customers), {}});
      return customers;
    });

}  // namespace medusa::server::workflows
