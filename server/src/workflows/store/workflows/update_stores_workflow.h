// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/pricing/steps/update_price_preferences_as_array_step.h"
#include "workflows/store/steps/store_step_support.h"
#include "workflows/store/steps/update_stores_step.h"

namespace medusa::server::workflows {

/// Updates the stores matching `selector` (input: {selector, update}), as Medusa's
/// updateStoresWorkflow: the stores (supported currencies replaced when given), then one
/// `currency_code` price preference per given currency (its `is_tax_inclusive`, or the
/// existing value when left out). Returns the stores.
inline const auto updateStoresWorkflow = workflow::makeWorkflow(
    "update-stores", [](const boost::json::object& input, workflow::Flow& flow) {
      const auto stores = flow.run(updateStoresStep, input);
      const auto* currencies = input.at("update").as_object().if_contains("supported_currencies");
      const auto preferences = currencies && currencies->is_array()
                                   ? stores::currencyPreferences(currencies->get_array())
                                   : boost::json::array{};
      flow.when(!preferences.empty(), [&](workflow::Flow& f) {
        f.run(updatePricePreferencesAsArrayStep, preferences);
      });
      return stores;
    });

}  // namespace medusa::server::workflows
