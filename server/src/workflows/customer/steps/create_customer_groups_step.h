// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates customer groups ({name, metadata?, created_by?}). Compensation: deletes them.
inline const auto createCustomerGroupsStep = workflow::makeStep(
    "create-customer-groups",
    [](const boost::json::array& groups, workflow::StepContext& ctx) {
      auto created = ctx.resolve<customer::CustomerModuleService>().createCustomerGroups(groups);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<customer::CustomerModuleService>().deleteCustomerGroups(ids);
    });

}  // namespace medusa::server::workflows
