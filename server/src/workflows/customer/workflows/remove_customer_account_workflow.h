// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/find_auth_identity_of_actor_step.h"
#include "workflows/customer/workflows/delete_customers_workflow.h"
#include "workflows/user/steps/set_auth_app_metadata_step.h"

namespace medusa::server::workflows {

/// Deletes a customer ({customerId}) and detaches it from its auth identity, if it has one
/// (app_metadata.customer_id removed), as Medusa's removeCustomerAccountWorkflow. Returns the id.
inline const auto removeCustomerAccountWorkflow = workflow::makeWorkflow(
    "remove-customer-account", [](const boost::json::object& in, workflow::Flow& flow) {
      const std::string id(in.at("customerId").as_string());
      flow.run(deleteCustomersWorkflow,
               boost::json::object{{"ids", boost::json::array{id.c_str()}}});
      const auto identity =
          flow.run(findAuthIdentityOfActorStep,
                   boost::json::object{{"actor_type", "customer"}, {"actor_id", id}});
      flow.when(!identity.is_null(), [&](workflow::Flow& f) {
        f.run(setAuthAppMetadataStep, boost::json::object{{"auth_identity_id", identity.at("id")},
                                                          {"actor_type", "customer"},
                                                          {"value", nullptr}});
      });
      return id;
    });

}  // namespace medusa::server::workflows
