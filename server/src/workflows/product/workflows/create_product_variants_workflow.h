// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/workflow/steps/emit_event_step.h"
#include "workflows/common/steps/create_remote_links_step.h"
#include "workflows/product/product_workflow_support.h"
#include "workflows/product/steps/create_inventory_items_step.h"
#include "workflows/product/steps/create_link_pairs_step.h"
#include "workflows/product/steps/create_price_sets_step.h"
#include "workflows/product/steps/create_product_variants_step.h"
#include "workflows/product/steps/validate_inventory_items_step.h"

namespace medusa::server::workflows::products {

/// Gives created variants (rows, in the order of `inputs`) what lives outside the product
/// module: given inventory items checked and linked, a default inventory item for each managed
/// variant without any, one price set per variant with its prices, and the price-set links.
/// Every step compensates itself; shared by create-products and create-product-variants.
inline void attachVariantResources(workflow::Flow& flow, const bj::array& variants,
                                   const bj::array& inputs) {
  std::vector<std::string> given;
  for (const auto& input : inputs) {
    const auto* items = input.as_object().if_contains("inventory_items");
    for (const auto& item : items && items->is_array() ? items->get_array() : bj::array{}) {
      given.emplace_back(item.as_object().at("inventory_item_id").as_string());
    }
  }
  flow.run(validateInventoryItemsStep, given);
  const auto items = flow.run(createInventoryItemsStep, defaultInventoryItems(variants, inputs));
  flow.run(createLinkPairsStep, inventoryLinks(variants, inputs, items));
  const auto priceSets = flow.run(createPriceSetsStep, priceSetInputs(inputs));
  flow.run(createRemoteLinksStep, priceSetLinks(variants, priceSets));
}

/// Medusa's createProductVariantsWorkflow: `{product_variants: [{product_id, title, options,
/// prices, inventory_items?, …}]}` → the variants, with inventory and price sets as
/// attachVariantResources gives them; emits product-variant.created.
inline const auto createProductVariantsWorkflow = workflow::makeWorkflow(
    "create-product-variants", [](const bj::object& in, workflow::Flow& flow) {
      const auto& inputs = in.at("product_variants").as_array();
      bj::array plain;
      for (const auto& input : inputs) {
        plain.push_back(without(input.as_object(), {"prices", "inventory_items"}));
      }
      const auto variants = flow.run(createProductVariantsStep, plain);
      attachVariantResources(flow, variants, inputs);
      flow.run(workflow::emitEventStep,
               {.eventName = "product-variant.created", .data = idEvents(variants)});
      return variants;
    });

}  // namespace medusa::server::workflows::products
