// SPDX-License-Identifier: MIT
#pragma once

#include "workflows/product/steps/delete_product_variants_step.h"
#include "workflows/product/workflows/delete_products_workflow.h"

namespace medusa::server::workflows::products {

/// Medusa's deleteProductVariantsWorkflow: `{ids}`. Removes the variants' links (price set,
/// inventory items), soft-deletes the variants and their price sets, emits
/// product-variant.deleted. Each step restores on failure.
inline const auto deleteProductVariantsWorkflow = workflow::makeWorkflow(
    "delete-product-variants", [](const bj::object& in, workflow::Flow& flow) {
      const auto& ids = in.at("ids").as_array();
      const auto variants = flow.run(
          useQueryGraphStep, bj::object{{"entity", "product_variant"},
                                        {"fields", bj::array{"id", "price_set_link.price_set_id"}},
                                        {"filters", bj::object{{"id", ids}}}});
      const auto [variantIds, priceSetIds] = variantsAndPriceSets(variants);
      flow.run(removeRemoteLinksStep,
               bj::object{{"entity", "product_variant"}, {"ids", variantIds}});
      flow.run(deleteProductVariantsStep, stringIds(ids));
      flow.run(deletePriceSetsStep, priceSetIds);
      bj::array events;
      for (const auto& id : ids) events.push_back(bj::object{{"id", id}});
      flow.run(workflow::emitEventStep, {.eventName = "product-variant.deleted", .data = events});
      return ids;
    });

}  // namespace medusa::server::workflows::products
