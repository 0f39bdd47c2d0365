// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/workflow/steps/emit_event_step.h"
#include "workflows/product/product_workflow_support.h"
#include "workflows/product/steps/delete_price_sets_step.h"
#include "workflows/product/steps/delete_products_step.h"
#include "workflows/product/steps/remove_remote_links_step.h"
#include "workflows/product/steps/use_query_graph_step.h"

namespace medusa::server::workflows::products {

/// Variant ids and their price set ids of variant rows read with price_set_link.price_set_id.
inline std::pair<bj::array, std::vector<std::string>> variantsAndPriceSets(
    const bj::array& variants) {
  std::pair<bj::array, std::vector<std::string>> out;
  for (const auto& row : variants) {
    out.first.push_back(row.as_object().at("id"));
    if (auto set = priceSetIdOf(row.as_object()); !set.empty()) out.second.push_back(set);
  }
  return out;
}

/// Medusa's deleteProductsWorkflow: `{ids}`. Removes the products' links (sales channels) and
/// their variants' links (price sets, inventory items), soft-deletes the products with what
/// they own and the variants' price sets, emits product.deleted. Each step restores on failure.
inline const auto deleteProductsWorkflow =
    workflow::makeWorkflow("delete-products", [](const bj::object& in, workflow::Flow& flow) {
      const auto& ids = in.at("ids").as_array();
      const auto variants = flow.run(
          useQueryGraphStep, bj::object{{"entity", "product_variant"},
                                        {"fields", bj::array{"id", "price_set_link.price_set_id"}},
                                        {"filters", bj::object{{"product_id", ids}}}});
      const auto [variantIds, priceSetIds] = variantsAndPriceSets(variants);
      flow.run(removeRemoteLinksStep, bj::object{{"entity", "product"}, {"ids", ids}});
      flow.run(removeRemoteLinksStep,
               bj::object{{"entity", "product_variant"}, {"ids", variantIds}});
      flow.run(deleteProductsStep, stringIds(ids));
      flow.run(deletePriceSetsStep, priceSetIds);
      bj::array events;
      for (const auto& id : ids) events.push_back(bj::object{{"id", id}});
      flow.run(workflow::emitEventStep, {.eventName = "product.deleted", .data = events});
      return ids;
    });

}  // namespace medusa::server::workflows::products
