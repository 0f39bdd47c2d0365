// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/pricing/pricing_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/pricing/steps/price_preference_support.h"

namespace medusa::server::workflows {

/// Applies `update` to the price preferences matching `selector` (Medusa's `{selector,
/// update}`; none matching changes nothing). Compensation: writes the previous values back.
inline const auto updatePricePreferencesStep = workflow::makeStep(
    "update-price-preferences",
    [](const boost::json::object& input, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<pricing::PricingModuleService>();
      const auto previous =
          service.listPricePreferences({.filters = input.at("selector").as_object()});
      boost::json::array rows;
      for (const auto& row : previous) {
        auto update = input.at("update").as_object();
        update["id"] = row.at("id");
        rows.push_back(std::move(update));
      }
      auto updated = rows.empty() ? boost::json::array{} : service.updatePricePreferences(rows);
      return workflow::StepResponse{std::move(updated),
                                    price_preferences::restorable(previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<pricing::PricingModuleService>().updatePricePreferences(previous);
    });

}  // namespace medusa::server::workflows
