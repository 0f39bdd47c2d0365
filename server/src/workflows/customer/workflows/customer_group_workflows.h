// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/create_customer_groups_step.h"
#include "workflows/customer/steps/delete_customer_groups_step.h"
#include "workflows/customer/steps/link_customer_group_steps.h"
#include "workflows/customer/steps/update_customer_groups_step.h"

namespace medusa::server::workflows {

/// Creates customer groups ({customersData: [{name, metadata?, created_by?}]}); returns them.
inline const auto createCustomerGroupsWorkflow = workflow::makeWorkflow(
    "create-customer-groups", [](const boost::json::object& in, workflow::Flow& flow) {
      return flow.run(createCustomerGroupsStep, in.at("customersData").as_array());
    });

/// Updates the groups `selector` matches ({selector, update}); returns them.
inline const auto updateCustomerGroupsWorkflow = workflow::makeWorkflow(
    "update-customer-groups", [](const boost::json::object& in, workflow::Flow& flow) {
      return flow.run(updateCustomerGroupsStep, in);
    });

/// Soft-deletes customer groups ({ids}).
inline const auto deleteCustomerGroupsWorkflow = workflow::makeWorkflow(
    "delete-customer-groups", [](const boost::json::object& in, workflow::Flow& flow) {
      flow.run(deleteCustomerGroupsStep,
               boost::json::value_to<std::vector<std::string>>(in.at("ids")));
    });

/// Adds/removes the customers of a group ({id, add?, remove?}).
inline const auto linkCustomersToCustomerGroupWorkflow = workflow::makeWorkflow(
    "link-customers-to-customer-group", [](const boost::json::object& in, workflow::Flow& flow) {
      flow.run(linkCustomersToCustomerGroupStep, in);
    });

/// Adds/removes the groups of a customer ({id, add?, remove?}).
inline const auto linkCustomerGroupsToCustomerWorkflow = workflow::makeWorkflow(
    "link-customer-groups-to-customer", [](const boost::json::object& in, workflow::Flow& flow) {
      flow.run(linkCustomerGroupsToCustomerStep, in);
    });

}  // namespace medusa::server::workflows
