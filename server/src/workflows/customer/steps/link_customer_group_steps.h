// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/customer_step_support.h"

namespace medusa::server::workflows {

namespace detail {

// The pairs of {id, add|remove: [...]}: `id` is the group (or the customer when
// `idIsCustomer`), the listed ids the other side.
inline std::vector<customer::GroupCustomerPair> membershipPairs(const boost::json::object& in,
                                                                const char* key,
                                                                bool idIsCustomer) {
  std::vector<customer::GroupCustomerPair> pairs;
  const auto* list = in.if_contains(key);
  if (!list || !list->is_array()) return pairs;
  const std::string id(in.at("id").as_string());
  for (const auto& other : list->get_array()) {
    const std::string otherId(other.as_string());
    pairs.push_back(idIsCustomer ? customer::GroupCustomerPair{id, otherId}
                                 : customer::GroupCustomerPair{otherId, id});
  }
  return pairs;
}

}  // namespace detail

/// Adds and removes memberships ({id, add?, remove?}). Compensation: undoes exactly the
/// memberships that changed.
inline auto makeLinkCustomerGroupStep(std::string stepId, bool idIsCustomer) {
  return workflow::makeStep(
      std::move(stepId),
      [idIsCustomer](const boost::json::object& in, workflow::StepContext& ctx) {
        const auto& service = ctx.resolve<customer::CustomerModuleService>();
        const auto added =
            service.addCustomerToGroup(detail::membershipPairs(in, "add", idIsCustomer));
        const auto removed =
            service.removeCustomerFromGroup(detail::membershipPairs(in, "remove", idIsCustomer));
        return workflow::StepResponse{
            workflow::Empty{},
            boost::json::object{{"added", pairsToJson(added)}, {"removed", pairsToJson(removed)}}};
      },
      [](const boost::json::object& changed, workflow::StepContext& ctx) {
        const auto& service = ctx.resolve<customer::CustomerModuleService>();
        service.removeCustomerFromGroup(pairsFromJson(changed.at("added").as_array()));
        service.addCustomerToGroup(pairsFromJson(changed.at("removed").as_array()));
      });
}

/// Adds/removes customers of one group ({id: group, add, remove}).
inline const auto linkCustomersToCustomerGroupStep =
    makeLinkCustomerGroupStep("link-customers-to-customer-group", false);

/// Adds/removes groups of one customer ({id: customer, add, remove}); Medusa gives this step
/// the same id as the one above.
inline const auto linkCustomerGroupsToCustomerStep =
    makeLinkCustomerGroupStep("link-customers-to-customer-group", true);

}  // namespace medusa::server::workflows
