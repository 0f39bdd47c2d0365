// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/customer_step_support.h"

namespace medusa::server::workflows {

/// Applies `update` to the customers `selector` matches ({selector, update}); returns them.
/// Compensation: writes back the previous values of the changed columns.
inline const auto updateCustomersStep = workflow::makeStep(
    "update-customer",
    [](const boost::json::object& in, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<customer::CustomerModuleService>();
      auto plan = planUpdate(service.entity("customer"), in.at("selector").as_object(),
                             in.at("update").as_object());
      auto updated = service.updateCustomers(plan.rows);
      return workflow::StepResponse{std::move(updated), std::move(plan.previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (!previous.empty())
        ctx.resolve<customer::CustomerModuleService>().updateCustomers(previous);
    });

}  // namespace medusa::server::workflows
