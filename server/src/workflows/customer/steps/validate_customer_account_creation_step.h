// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/core/error.h"
#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Checks a customer account may be created ({customerData, authIdentityId}): an e-mail is
/// required, and it may not already belong to a registered customer (or, without an auth
/// identity, to a guest). Reads only; nothing to compensate.
inline const auto validateCustomerAccountCreationStep = workflow::makeStep(
    "validate-customer-account-creation",
    [](const boost::json::object& in, workflow::StepContext& ctx) {
      const auto& data = in.at("customerData").as_object();
      const auto* email = data.if_contains("email");
      if (!email || !email->is_string() || email->get_string().empty()) {
        throw Error(ErrorType::InvalidData, "Email is required to create a customer");
      }
      const auto* identity = in.if_contains("authIdentityId");
      const bool withIdentity =
          identity && identity->is_string() && !identity->get_string().empty();
      const auto existing =
          ctx.resolve<customer::CustomerModuleService>().listCustomers({{"email", *email}});
      if (existing.empty()) return;
      bool hasAccount = false;
      for (const auto& row : existing) hasAccount = hasAccount || row.at("has_account").as_bool();
      if (hasAccount && withIdentity) {
        throw Error(ErrorType::DuplicateError, "Customer with this email already has an account");
      }
      if (!hasAccount && !withIdentity) {
        throw Error(ErrorType::DuplicateError, "Guest customer with this email already exists");
      }
    });

}  // namespace medusa::server::workflows
