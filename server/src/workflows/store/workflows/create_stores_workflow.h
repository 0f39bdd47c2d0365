// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/pricing/steps/update_price_preferences_as_array_step.h"
#include "workflows/store/steps/create_stores_step.h"
#include "workflows/store/steps/store_step_support.h"

namespace medusa::server::workflows {

/// Creates stores (input: [{name?, supported_currencies?: [{currency_code, is_default?,
/// is_tax_inclusive?}], default_*_id?, metadata?}]) and upserts one `currency_code` price
/// preference per supported currency, as Medusa's createStoresWorkflow. Returns the stores.
inline const auto createStoresWorkflow = workflow::makeWorkflow(
    "create-stores", [](const boost::json::array& input, workflow::Flow& flow) {
      const auto stores = flow.run(createStoresStep, input);
      boost::json::array currencies;
      for (const auto& store : input) {
        if (const auto* given = store.as_object().if_contains("supported_currencies");
            given && given->is_array()) {
          for (const auto& currency : given->get_array()) currencies.push_back(currency);
        }
      }
      const auto preferences = stores::currencyPreferences(currencies);
      flow.when(!preferences.empty(), [&](workflow::Flow& f) {
        f.run(updatePricePreferencesAsArrayStep, preferences);
      });
      return stores;
    });

}  // namespace medusa::server::workflows
