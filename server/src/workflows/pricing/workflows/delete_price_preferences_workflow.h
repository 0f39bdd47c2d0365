// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/pricing/steps/delete_price_preferences_step.h"

namespace medusa::server::workflows {

/// Soft-deletes price preferences by id, as Medusa's deletePricePreferencesWorkflow.
inline const auto deletePricePreferencesWorkflow = workflow::makeWorkflow(
    "delete-price-preferences",
    [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      flow.run(deletePricePreferencesStep, ids);
    });

}  // namespace medusa::server::workflows
