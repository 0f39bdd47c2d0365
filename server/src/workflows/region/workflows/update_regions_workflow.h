// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/pricing/workflows/update_price_preferences_workflow.h"
#include "workflows/region/steps/region_step_support.h"
#include "workflows/region/steps/set_regions_payment_providers_step.h"
#include "workflows/region/steps/update_regions_step.h"

namespace medusa::server::workflows {

/// Updates the regions matching `selector` (input: {selector, update}), as Medusa's
/// updateRegionsWorkflow: the regions (countries replaced when given), their payment
/// providers, their tax-inclusivity preferences when `is_tax_inclusive` is given, then
/// `region.updated` per region. Returns the regions.
inline const auto updateRegionsWorkflow = workflow::makeWorkflow(
    "update-regions", [](const boost::json::object& input, workflow::Flow& flow) {
      auto update = input.at("update").as_object();
      const auto providers = update.if_contains("payment_providers")
                                 ? std::optional(update.at("payment_providers"))
                                 : std::nullopt;
      const auto taxInclusive = update.if_contains("is_tax_inclusive")
                                    ? std::optional(update.at("is_tax_inclusive"))
                                    : std::nullopt;
      update.erase("payment_providers");
      update.erase("is_tax_inclusive");
      const auto regions =
          flow.run(updateRegionsStep, {{"selector", input.at("selector")}, {"update", update}});
      const auto ids = idsOf(regions);

      flow.when(taxInclusive.has_value(), [&](workflow::Flow& f) {
        f.run(updatePricePreferencesWorkflow,
              {{"selector", {{"attribute", "region_id"},
                             {"value", boost::json::array(ids.begin(), ids.end())}}},
               {"update", {{"is_tax_inclusive", *taxInclusive}}}});
      });
      boost::json::array withProviders;
      for (const auto& id : ids) {
        boost::json::object entry{{"id", id}};
        if (providers) entry["payment_providers"] = *providers;
        withProviders.push_back(std::move(entry));
      }
      flow.run(setRegionsPaymentProvidersStep, withProviders);
      flow.run(workflow::emitEventStep, {"region.updated", regions::idEvents(ids), {}});
      return regions;
    });

}  // namespace medusa::server::workflows
