// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Soft-deletes customers (their addresses with them). Compensation: restores them.
inline const auto deleteCustomersStep = workflow::makeStep(
    "delete-customers",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<customer::CustomerModuleService>().softDeleteCustomers(ids);
      return workflow::StepResponse{workflow::Empty{}, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<customer::CustomerModuleService>().restoreCustomers(ids);
    });

}  // namespace medusa::server::workflows
