// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates customers. Compensation: deletes them for good.
inline const auto createCustomersStep = workflow::makeStep(
    "create-customers",
    [](const boost::json::array& customers, workflow::StepContext& ctx) {
      auto created = ctx.resolve<customer::CustomerModuleService>().createCustomers(customers);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<customer::CustomerModuleService>().deleteCustomers(ids);
    });

}  // namespace medusa::server::workflows
