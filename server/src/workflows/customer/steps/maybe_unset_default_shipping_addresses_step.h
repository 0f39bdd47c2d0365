// SPDX-License-Identifier: MIT
#pragma once

#include "workflows/customer/steps/maybe_unset_default_addresses.h"

namespace medusa::server::workflows {

/// Clears the old default shipping address before another one gets the flag
/// (input {create: [...]} or {update: {selector, update}}). Compensation: sets it back.
inline const auto maybeUnsetDefaultShippingAddressesStep = makeMaybeUnsetDefaultAddressesStep(
    "maybe-unset-default-shipping-customer-addresses", "is_default_shipping");

}  // namespace medusa::server::workflows
