// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/create_customers_step.h"
#include "workflows/customer/steps/customer_step_support.h"

namespace medusa::server::workflows {

/// Creates customers ({customersData: [...]}) and emits `customer.created` per customer.
/// Returns the customers.
inline const auto createCustomersWorkflow = workflow::makeWorkflow(
    "create-customers", [](const boost::json::object& in, workflow::Flow& flow) {
      auto customers = flow.run(createCustomersStep, in.at("customersData").as_array());
      flow.run(workflow::emitEventStep, {"customer.created", idEvents(customers), {}});
      return customers;
    });

}  // namespace medusa::server::workflows
