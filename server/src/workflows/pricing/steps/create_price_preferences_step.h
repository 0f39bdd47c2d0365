// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/pricing/pricing_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/pricing/steps/price_preference_support.h"

namespace medusa::server::workflows {

/// Creates price preferences ({attribute, value, is_tax_inclusive?}); a live preference with
/// the same attribute and value is Medusa's 400. Compensation: deletes what was created.
inline const auto createPricePreferencesStep = workflow::makeStep(
    "create-price-preferences",
    [](const boost::json::array& data, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<pricing::PricingModuleService>();
      const auto existing = price_preferences::listMatching(service, data);
      for (const auto& entry : data) {
        if (const auto* match = price_preferences::findMatch(existing, entry.as_object())) {
          throw Error(ErrorType::InvalidData,
                      "Price preference with attribute: " +
                          price_preferences::textOf(*match, "attribute") +
                          ", value: " + price_preferences::textOf(*match, "value") +
                          ", already exists.");
        }
      }
      auto created = service.createPricePreferences(data);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // compensation must be idempotent
      ctx.resolve<pricing::PricingModuleService>().deletePricePreferences(ids);
    });

}  // namespace medusa::server::workflows
