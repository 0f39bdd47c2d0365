// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/pricing/pricing_module_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// The price input that re-creates a stored price (id kept, so a surviving price is updated).
inline bj::object priceInputOf(const bj::object& price) {
  bj::object input;
  for (const auto* key : {"id", "currency_code", "amount", "min_quantity", "max_quantity"}) {
    if (const auto* value = price.if_contains(key)) input[key] = *value;
  }
  bj::object rules;
  if (const auto* computed = price.if_contains("rules"); computed && computed->is_object()) {
    rules = computed->get_object();
  } else if (const auto* priceRules = price.if_contains("price_rules");
             priceRules && priceRules->is_array()) {
    for (const auto& rule : priceRules->get_array()) {
      const auto& object = rule.as_object();
      rules[object.at("attribute").as_string()] = object.at("value");
    }
  }
  input["rules"] = std::move(rules);
  return input;
}

/// Replaces the prices of price sets (`[{id, prices}]`). Compensation: puts the previous
/// prices back (surviving prices by id; deleted ones are re-created with their values).
inline const auto updatePriceSetsStep = workflow::makeStep(
    "update-price-sets",
    [](const bj::array& sets, workflow::StepContext& ctx) {
      if (sets.empty()) return workflow::StepResponse{bj::array{}, bj::array{}};
      const auto& pricing = ctx.resolve<pricing::PricingModuleService>();
      bj::array ids;
      for (const auto& set : sets) ids.push_back(set.at("id"));
      bj::array previous;
      for (const auto& set : pricing.listPriceSets({.filters = {{"id", ids}}})) {
        bj::array prices;
        for (const auto& price : set.at("prices").as_array()) {
          prices.push_back(priceInputOf(price.as_object()));
        }
        previous.push_back(bj::object{{"id", set.at("id")}, {"prices", std::move(prices)}});
      }
      auto updated = pricing.updatePriceSets(sets);
      return workflow::StepResponse{std::move(updated), std::move(previous)};
    },
    [](const bj::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;  // replacing with the same prices again changes nothing
      ctx.resolve<pricing::PricingModuleService>().updatePriceSets(previous);
    });

}  // namespace medusa::server::workflows::products
