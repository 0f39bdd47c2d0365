// SPDX-License-Identifier: MIT
#pragma once

#include "workflows/customer/steps/maybe_unset_default_addresses.h"

namespace medusa::server::workflows {

/// Clears the old default billing address before another one gets the flag
/// (input {create: [...]} or {update: {selector, update}}). Compensation: sets it back.
inline const auto maybeUnsetDefaultBillingAddressesStep = makeMaybeUnsetDefaultAddressesStep(
    "maybe-unset-default-billing-customer-addresses", "is_default_billing");

}  // namespace medusa::server::workflows
