// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/pricing/workflows/create_price_preferences_workflow.h"
#include "workflows/region/steps/create_regions_step.h"
#include "workflows/region/steps/region_step_support.h"
#include "workflows/region/steps/set_regions_payment_providers_step.h"

namespace medusa::server::workflows {

/// Creates regions (input: [{name, currency_code, countries?, automatic_taxes?,
/// is_tax_inclusive?, payment_providers?, metadata?}]), as Medusa's createRegionsWorkflow:
/// the regions, their payment providers, one `region_id` price preference each (tax
/// inclusivity), then `region.created` per region. Returns the regions.
inline const auto createRegionsWorkflow = workflow::makeWorkflow(
    "create-regions", [](const boost::json::array& input, workflow::Flow& flow) {
      boost::json::array rows;
      for (const auto& entry : input) {
        auto row = entry.as_object();
        row.erase("is_tax_inclusive");
        row.erase("payment_providers");
        rows.push_back(std::move(row));
      }
      const auto regions = flow.run(createRegionsStep, rows);

      boost::json::array providers, preferences;
      for (std::size_t i = 0; i < regions.size(); ++i) {
        const auto& given = input.at(i).as_object();
        const auto& id = regions.at(i).at("id");
        boost::json::object provider{{"id", id}};
        if (const auto* ids = given.if_contains("payment_providers")) {
          provider["payment_providers"] = *ids;
        }
        providers.push_back(std::move(provider));
        boost::json::object preference{{"attribute", "region_id"}, {"value", id}};
        if (const auto* flag = given.if_contains("is_tax_inclusive")) {
          preference["is_tax_inclusive"] = *flag;
        }
        preferences.push_back(std::move(preference));
      }
      flow.run(setRegionsPaymentProvidersStep, providers);
      flow.run(createPricePreferencesWorkflow, preferences);
      flow.run(workflow::emitEventStep,
               {"region.created", regions::idEvents(idsOf(regions)), {}});
      return regions;
    });

}  // namespace medusa::server::workflows
