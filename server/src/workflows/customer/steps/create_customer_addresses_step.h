// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates customer addresses ({customer_id, ...}). Compensation: deletes them.
inline const auto createCustomerAddressesStep = workflow::makeStep(
    "create-customer-addresses",
    [](const boost::json::array& addresses, workflow::StepContext& ctx) {
      auto created =
          ctx.resolve<customer::CustomerModuleService>().createCustomerAddresses(addresses);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      ctx.resolve<customer::CustomerModuleService>().deleteCustomerAddresses(ids);
    });

}  // namespace medusa::server::workflows
