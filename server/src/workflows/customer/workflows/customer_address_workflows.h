// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/create_customer_addresses_step.h"
#include "workflows/customer/steps/delete_customer_addresses_step.h"
#include "workflows/customer/steps/maybe_unset_default_billing_addresses_step.h"
#include "workflows/customer/steps/maybe_unset_default_shipping_addresses_step.h"
#include "workflows/customer/steps/update_customer_addresses_step.h"

namespace medusa::server::workflows {

namespace detail {

// Medusa runs the two unset steps in parallel; here they run one after the other, since both
// update the same rows and two concurrent transactions could deadlock on them.
inline void unsetOldDefaults(workflow::Flow& flow, const boost::json::object& unsetInput) {
  flow.run(maybeUnsetDefaultShippingAddressesStep, unsetInput);
  flow.run(maybeUnsetDefaultBillingAddressesStep, unsetInput);
}

}  // namespace detail

/// Creates customer addresses ({addresses: [{customer_id, ...}]}), first taking the default
/// flags they set from the customers' other addresses. Returns the addresses.
inline const auto createCustomerAddressesWorkflow = workflow::makeWorkflow(
    "create-customer-addresses", [](const boost::json::object& in, workflow::Flow& flow) {
      detail::unsetOldDefaults(flow, {{"create", in.at("addresses")}});
      return flow.run(createCustomerAddressesStep, in.at("addresses").as_array());
    });

/// Updates the addresses `selector` matches ({selector, update}), first taking a default flag
/// the update sets from the customers' other addresses. Returns the addresses.
inline const auto updateCustomerAddressesWorkflow = workflow::makeWorkflow(
    "update-customer-addresses", [](const boost::json::object& in, workflow::Flow& flow) {
      detail::unsetOldDefaults(flow, {{"update", in}});
      return flow.run(updateCustomerAddressesStep, in);
    });

/// Deletes customer addresses ({ids}).
inline const auto deleteCustomerAddressesWorkflow = workflow::makeWorkflow(
    "delete-customer-addresses", [](const boost::json::object& in, workflow::Flow& flow) {
      flow.run(deleteCustomerAddressesStep,
               boost::json::value_to<std::vector<std::string>>(in.at("ids")));
    });

}  // namespace medusa::server::workflows
