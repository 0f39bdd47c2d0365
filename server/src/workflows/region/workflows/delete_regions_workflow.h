// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/region/steps/delete_region_price_preferences_step.h"
#include "workflows/region/steps/delete_regions_step.h"
#include "workflows/region/steps/region_step_support.h"

namespace medusa::server::workflows {

/// Soft-deletes regions by id (freeing their countries) and their tax-inclusivity
/// preferences, then emits `region.deleted` per id, as Medusa's deleteRegionsWorkflow.
inline const auto deleteRegionsWorkflow = workflow::makeWorkflow(
    "delete-regions", [](const std::vector<std::string>& ids, workflow::Flow& flow) {
      flow.run(deleteRegionsStep, ids);
      flow.run(deleteRegionPricePreferencesStep, ids);
      flow.run(workflow::emitEventStep, {"region.deleted", regions::idEvents(ids), {}});
    });

}  // namespace medusa::server::workflows
