// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <set>
#include <string>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/pricing/pricing_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/pricing/steps/price_preference_support.h"

namespace medusa::server::workflows {

/// Upserts preferences by attribute+value ({attribute, value, is_tax_inclusive?}); an entry
/// leaving is_tax_inclusive out keeps the existing value (false for a new one).
/// Compensation: restores the previous preferences and deletes the new ones.
inline const auto updatePricePreferencesAsArrayStep = workflow::makeStep(
    "update-price-preferences-as-array",
    [](const boost::json::array& entries, workflow::StepContext& ctx) {
      for (const auto& entry : entries) {
        const auto& object = entry.as_object();
        if (price_preferences::textOf(object, "attribute").empty() ||
            price_preferences::textOf(object, "value").empty()) {
          throw Error(ErrorType::InvalidData,
                      "Attribute and value must be provided when updating price preferences");
        }
      }
      const auto& service = ctx.resolve<pricing::PricingModuleService>();
      const auto previous = price_preferences::listMatching(service, entries);
      boost::json::array upserts;
      for (const auto& entry : entries) {
        auto row = entry.as_object();
        const auto* match = price_preferences::findMatch(previous, row);
        if (match) row["id"] = match->at("id");
        const auto* flag = row.if_contains("is_tax_inclusive");
        if (!flag || flag->is_null()) {
          row.erase("is_tax_inclusive");
          if (match) row["is_tax_inclusive"] = match->at("is_tax_inclusive");
        }
        upserts.push_back(std::move(row));
      }
      auto saved = service.upsertPricePreferences(upserts);
      std::set<std::string> known;
      for (const auto& row : previous) known.emplace(row.at("id").as_string());
      // The undo: the previous preferences as they were, and the ids this step created.
      boost::json::array created;
      for (const auto& row : saved) {
        if (!known.count(std::string(row.at("id").as_string()))) created.push_back(row.at("id"));
      }
      boost::json::object undo{{"previous", price_preferences::restorable(previous)},
                               {"created", std::move(created)}};
      return workflow::StepResponse{std::move(saved), std::move(undo)};
    },
    [](const boost::json::object& undo, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<pricing::PricingModuleService>();
      if (!undo.at("previous").as_array().empty()) {
        service.updatePricePreferences(undo.at("previous").as_array());
      }
      service.deletePricePreferences(
          boost::json::value_to<std::vector<std::string>>(undo.at("created")));
    });

}  // namespace medusa::server::workflows
