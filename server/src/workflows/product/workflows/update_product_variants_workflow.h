// SPDX-License-Identifier: MIT
#pragma once

#include <map>

#include "medusa/workflow/steps/emit_event_step.h"
#include "workflows/common/steps/create_remote_links_step.h"
#include "workflows/product/product_workflow_support.h"
#include "workflows/product/steps/create_price_sets_step.h"
#include "workflows/product/steps/update_price_sets_step.h"
#include "workflows/product/steps/update_product_variants_step.h"
#include "workflows/product/steps/use_query_graph_step.h"

namespace medusa::server::workflows::products {

/// Medusa's updateProductVariantsWorkflow: `{product_variants: [{id, …, prices?}]}` → the
/// updated variant rows. Variants given `prices` get them replaced on their price set (or a
/// new price set when they had none); emits product-variant.updated.
inline const auto updateProductVariantsWorkflow = workflow::makeWorkflow(
    "update-product-variants", [](const bj::object& in, workflow::Flow& flow) {
      const auto& inputs = in.at("product_variants").as_array();
      bj::array plain, priced;
      for (const auto& input : inputs) {
        plain.push_back(without(input.as_object(), {"prices", "additional_data"}));
        if (input.as_object().contains("prices")) priced.push_back(input.as_object().at("id"));
      }
      auto updated = flow.run(updateProductVariantsStep, plain);
      const auto links = flow.run(
          useQueryGraphStep, bj::object{{"entity", "product_variant"},
                                        {"fields", bj::array{"id", "price_set_link.price_set_id"}},
                                        {"filters", bj::object{{"id", priced}}}});
      std::map<std::string, std::string> priceSetOf;
      for (const auto& row : links) {
        priceSetOf[std::string(row.as_object().at("id").as_string())] =
            priceSetIdOf(row.as_object());
      }
      bj::array updates, newVariants, newSets;
      for (const auto& input : inputs) {
        const auto& variant = input.as_object();
        const auto* prices = variant.if_contains("prices");
        if (!prices) continue;
        const auto set = priceSetOf[std::string(variant.at("id").as_string())];
        if (set.empty()) {
          newVariants.push_back(bj::object{{"id", variant.at("id")}});
          newSets.push_back(bj::object{{"prices", *prices}});
        } else {
          updates.push_back(bj::object{{"id", set}, {"prices", *prices}});
        }
      }
      flow.run(updatePriceSetsStep, updates);
      const auto created = flow.run(createPriceSetsStep, newSets);
      flow.run(createRemoteLinksStep, priceSetLinks(newVariants, created));
      flow.run(workflow::emitEventStep,
               {.eventName = "product-variant.updated", .data = idEvents(updated)});
      return updated;
    });

}  // namespace medusa::server::workflows::products
