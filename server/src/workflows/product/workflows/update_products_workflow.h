// SPDX-License-Identifier: MIT
#pragma once

#include <set>

#include "medusa/workflow/steps/emit_event_step.h"
#include "workflows/common/steps/create_remote_links_step.h"
#include "workflows/common/steps/dismiss_remote_links_step.h"
#include "workflows/product/product_workflow_support.h"
#include "workflows/product/steps/create_price_sets_step.h"
#include "workflows/product/steps/delete_price_sets_step.h"
#include "workflows/product/steps/remove_remote_links_step.h"
#include "workflows/product/steps/update_price_sets_step.h"
#include "workflows/product/steps/update_products_step.h"
#include "workflows/product/steps/use_query_graph_step.h"
#include "workflows/product/steps/validate_sales_channels_exist_step.h"

namespace medusa::server::workflows::products {

/// The product ids of the inputs that name `key` (the relations an update replaces).
inline bj::array productIdsNaming(const bj::array& inputs, std::string_view key) {
  bj::array ids;
  for (const auto& input : inputs) {
    if (input.as_object().contains(key)) ids.push_back(input.as_object().at("id"));
  }
  return ids;
}

/// Medusa's upsert-variant-prices inside update-products: drops the links and price sets of
/// the variants the update removed, replaces the prices of kept variants that were given
/// prices, and gives created variants a price set. `before` = variants read before the update.
inline void upsertVariantPrices(workflow::Flow& flow, const bj::array& inputs,
                                const bj::array& productIds, const bj::array& before) {
  const auto after = flow.run(
      useQueryGraphStep,
      bj::object{{"entity", "product_variant"},
                 {"fields", bj::array{"id", "product_id", "options.value", "options.option.title"}},
                 {"filters", bj::object{{"product_id", productIds}}}});
  const auto plan = planVariantPrices(inputs, before, after);
  flow.run(removeRemoteLinksStep,
           bj::object{{"entity", "product_variant"}, {"ids", plan.at("removed_variant_ids")}});
  flow.run(deletePriceSetsStep,
           bj::value_to<std::vector<std::string>>(plan.at("removed_price_set_ids")));
  flow.run(updatePriceSetsStep, plan.at("update_price_sets").as_array());
  const auto& newVariants = plan.at("new_variants").as_array();
  const auto priceSets = flow.run(createPriceSetsStep, plan.at("new_price_sets").as_array());
  flow.run(createRemoteLinksStep, priceSetLinks(newVariants, priceSets));
}

/// Replaces the sales channels of the products whose input names `sales_channels`: dismisses
/// the links no longer listed, creates the new ones.
inline void replaceSalesChannels(workflow::Flow& flow, const bj::array& inputs) {
  const auto productIds = productIdsNaming(inputs, "sales_channels");
  const auto current = flow.run(useQueryGraphStep,
                                bj::object{{"entity", "product_sales_channel"},
                                           {"fields", bj::array{"product_id", "sales_channel_id"}},
                                           {"filters", bj::object{{"product_id", productIds}}}});
  std::set<std::pair<std::string, std::string>> wanted, existing;
  for (const auto& input : inputs) {
    const auto& product = input.as_object();
    if (!product.contains("sales_channels")) continue;
    for (const auto& channel : nestedIds(bj::array{product}, "sales_channels")) {
      wanted.insert({std::string(product.at("id").as_string()), channel});
    }
  }
  bj::array dismiss, create;
  for (const auto& row : current) {
    const auto& link = row.as_object();
    std::pair<std::string, std::string> pair{std::string(link.at("product_id").as_string()),
                                             std::string(link.at("sales_channel_id").as_string())};
    existing.insert(pair);
    if (!wanted.contains(pair)) {
      dismiss.push_back(linkOf("product", "product_id", pair.first, "sales_channel",
                               "sales_channel_id", pair.second));
    }
  }
  for (const auto& pair : wanted) {
    if (existing.contains(pair)) continue;
    create.push_back(linkOf("product", "product_id", pair.first, "sales_channel",
                            "sales_channel_id", pair.second));
  }
  flow.run(dismissRemoteLinksStep, dismiss);
  flow.run(createRemoteLinksStep, create);
}

/// Medusa's updateProductsWorkflow: `{products: [{id, …}]}` → the updated product rows.
/// Scalars and the module's replace semantics for options, variants, images, tags and
/// categories; variant prices upserted on their price sets; sales channels replaced; emits
/// product.updated. A failure anywhere undoes every step.
inline const auto updateProductsWorkflow =
    workflow::makeWorkflow("update-products", [](const bj::object& in, workflow::Flow& flow) {
      const auto& inputs = in.at("products").as_array();
      flow.run(validateSalesChannelsExistStep, nestedIds(inputs, "sales_channels"));
      const auto withVariants = productIdsNaming(inputs, "variants");
      const auto before = flow.run(
          useQueryGraphStep,
          bj::object{{"entity", "product_variant"},
                     {"fields", bj::array{"id", "product_id", "price_set_link.price_set_id"}},
                     {"filters", bj::object{{"product_id", withVariants}}}});
      bj::array plain;
      for (const auto& input : inputs) {
        auto product = without(input.as_object(), {"sales_channels", "additional_data"});
        if (auto* variants = product.if_contains("variants"); variants && variants->is_array()) {
          for (auto& variant : variants->get_array()) {
            variant = without(variant.as_object(), {"prices", "inventory_items"});
          }
        }
        plain.push_back(std::move(product));
      }
      auto updated = flow.run(updateProductsStep, plain);
      upsertVariantPrices(flow, inputs, withVariants, before);
      replaceSalesChannels(flow, inputs);
      flow.run(workflow::emitEventStep,
               {.eventName = "product.updated", .data = idEvents(updated)});
      return updated;
    });

}  // namespace medusa::server::workflows::products
