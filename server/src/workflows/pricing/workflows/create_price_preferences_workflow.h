// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/pricing/steps/create_price_preferences_step.h"

namespace medusa::server::workflows {

/// Creates price preferences (input: [{attribute, value, is_tax_inclusive?}]), as Medusa's
/// createPricePreferencesWorkflow. Returns them.
inline const auto createPricePreferencesWorkflow = workflow::makeWorkflow(
    "create-price-preferences",
    [](const boost::json::array& preferences, workflow::Flow& flow) {
      return flow.run(createPricePreferencesStep, preferences);
    });

}  // namespace medusa::server::workflows
