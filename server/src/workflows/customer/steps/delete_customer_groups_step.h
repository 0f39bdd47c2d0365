// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Soft-deletes customer groups. Compensation: restores them.
inline const auto deleteCustomerGroupsStep = workflow::makeStep(
    "delete-customer-groups",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<customer::CustomerModuleService>().softDeleteCustomerGroups(ids);
      return workflow::StepResponse{workflow::Empty{}, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<customer::CustomerModuleService>().restoreCustomerGroups(ids);
    });

}  // namespace medusa::server::workflows
