// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/pricing/steps/update_price_preferences_step.h"

namespace medusa::server::workflows {

/// Updates the price preferences matching `selector` with `update` (input: {selector,
/// update}), as Medusa's updatePricePreferencesWorkflow. Returns the updated preferences.
inline const auto updatePricePreferencesWorkflow = workflow::makeWorkflow(
    "update-price-preferences", [](const boost::json::object& input, workflow::Flow& flow) {
      return flow.run(updatePricePreferencesStep, input);
    });

}  // namespace medusa::server::workflows
