// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <set>
#include <string>
#include <vector>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

namespace detail {

inline bool setsFlag(const boost::json::object& row, const std::string& flag) {
  const auto* value = row.if_contains(flag);
  return value && value->is_bool() && value->get_bool();
}

// The customers whose `flag` address changes: those of flagged creates ({create: [...]}), or
// those owning the addresses an update setting the flag selects ({update: {selector, update}}).
inline std::vector<std::string> customersGettingFlag(const customer::CustomerModuleService& service,
                                                     const boost::json::object& in,
                                                     const std::string& flag) {
  std::set<std::string> customers;
  if (const auto* create = in.if_contains("create")) {
    for (const auto& row : create->as_array()) {
      if (setsFlag(row.as_object(), flag)) {
        customers.emplace(row.at("customer_id").as_string());
      }
    }
  } else if (const auto* update = in.if_contains("update")) {
    if (setsFlag(update->at("update").as_object(), flag)) {
      for (const auto& row : service.listCustomerAddresses(update->at("selector").as_object(),
                                                           {"id", "customer_id"})) {
        customers.emplace(row.at("customer_id").as_string());
      }
    }
  }
  return {customers.begin(), customers.end()};
}

}  // namespace detail

/// Medusa's maybe-unset-default-<kind>-customer-addresses: before addresses get `flag`
/// (is_default_shipping | is_default_billing), clears it on their customers' addresses.
/// Compensation: sets it back on the addresses that had it.
inline auto makeMaybeUnsetDefaultAddressesStep(std::string stepId, std::string flag) {
  return workflow::makeStep(
      std::move(stepId),
      [flag](const boost::json::object& in, workflow::StepContext& ctx) {
        const auto& service = ctx.resolve<customer::CustomerModuleService>();
        const auto customers = detail::customersGettingFlag(service, in, flag);
        auto cleared = customers.empty() ? std::vector<std::string>{}
                                         : service.unsetDefaultAddresses(customers, flag);
        return workflow::StepResponse{workflow::Empty{}, std::move(cleared)};
      },
      [flag](const std::vector<std::string>& cleared, workflow::StepContext& ctx) {
        if (cleared.empty()) return;
        boost::json::array rows;
        for (const auto& id : cleared)
          rows.push_back(boost::json::object{{"id", id}, {flag, true}});
        ctx.resolve<customer::CustomerModuleService>().entity("customer_address").update(rows);
      });
}

}  // namespace medusa::server::workflows
