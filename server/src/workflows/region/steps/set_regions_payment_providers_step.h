// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <array>
#include <boost/json/array.hpp>
#include <set>
#include <string>
#include <string_view>

#include "medusa/core/error.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// The payment providers every Medusa installation has enabled.
inline constexpr std::array<std::string_view, 1> kBuiltInPaymentProviders{"pp_system_default"};

/// Checks the `payment_providers` of each `{id, payment_providers?}` with Medusa's 404 for
/// unknown or disabled providers. Nothing to compensate: nothing is stored yet.
/// TODO(#6): link region <-> payment_provider (and replace the links) once the payment module
/// exists; until then only the built-in provider is known.
inline const auto setRegionsPaymentProvidersStep = workflow::makeStep(
    "add-region-payment-providers-step",
    [](const boost::json::array& input, workflow::StepContext&) {
      std::set<std::string> missing;
      for (const auto& entry : input) {
        const auto* providers = entry.as_object().if_contains("payment_providers");
        if (!providers || !providers->is_array()) continue;
        for (const auto& provider : providers->get_array()) {
          const std::string_view id = provider.as_string();
          if (std::find(kBuiltInPaymentProviders.begin(), kBuiltInPaymentProviders.end(), id) ==
              kBuiltInPaymentProviders.end()) {
            missing.emplace(id);
          }
        }
      }
      if (missing.empty()) return;
      std::string list;
      for (const auto& id : missing) list += (list.empty() ? "" : ", ") + id;
      throw Error(ErrorType::NotFound,
                  "Payment providers with ids " + list + " not found or not enabled");
    });

}  // namespace medusa::server::workflows
