// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/validate_customer_account_creation_step.h"
#include "workflows/customer/workflows/create_customers_workflow.h"
#include "workflows/user/steps/set_auth_app_metadata_step.h"

namespace medusa::server::workflows {

/// Registers a customer from an auth identity ({authIdentityId, customerData}): validates the
/// e-mail, creates the customer with has_account = true and writes app_metadata.customer_id
/// on the identity, as Medusa's createCustomerAccountWorkflow. Returns the customer.
inline const auto createCustomerAccountWorkflow = workflow::makeWorkflow(
    "create-customer-account", [](const boost::json::object& in, workflow::Flow& flow) {
      flow.run(validateCustomerAccountCreationStep, in);
      auto data = in.at("customerData").as_object();
      const auto* identity = in.if_contains("authIdentityId");
      data["has_account"] = identity && identity->is_string() && !identity->get_string().empty();
      const auto customers =
          flow.run(createCustomersWorkflow,
                   boost::json::object{{"customersData", boost::json::array{data}}});
      const auto& customer = customers.at(0).as_object();
      flow.run(setAuthAppMetadataStep,
               boost::json::object{{"auth_identity_id", in.at("authIdentityId")},
                                   {"actor_type", "customer"},
                                   {"value", customer.at("id")}});
      return customer;
    });

}  // namespace medusa::server::workflows
