// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Deletes customer addresses for good, as Medusa does. Compensation: creates them again
/// with their ids and values.
inline const auto deleteCustomerAddressesStep = workflow::makeStep(
    "delete-customer-addresses",
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<customer::CustomerModuleService>();
      boost::json::array idList;
      for (const auto& id : ids) idList.emplace_back(id);
      auto existing = service.listCustomerAddresses({{"id", idList}});
      service.deleteCustomerAddresses(ids);
      return workflow::StepResponse{workflow::Empty{}, std::move(existing)};
    },
    [](const boost::json::array& existing, workflow::StepContext& ctx) {
      if (existing.empty()) return;
      // The ids are free again unless this already ran (compensations may run twice).
      const auto& addresses =
          ctx.resolve<customer::CustomerModuleService>().entity("customer_address");
      boost::json::array ids;
      for (const auto& row : existing) ids.push_back(row.at("id"));
      if (!addresses.list({.filters = {{"id", ids}}, .fields = {"id"}}).empty()) return;
      addresses.create(existing);
    });

}  // namespace medusa::server::workflows
