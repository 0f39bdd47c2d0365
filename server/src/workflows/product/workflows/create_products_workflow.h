// SPDX-License-Identifier: MIT
#pragma once

#include "workflows/product/steps/create_products_step.h"
#include "workflows/product/steps/validate_product_input_step.h"
#include "workflows/product/steps/validate_sales_channels_exist_step.h"
#include "workflows/product/workflows/create_product_variants_workflow.h"

namespace medusa::server::workflows::products {

/// Medusa's createProductsWorkflow: `{products: [...], additional_data?}` → the products.
/// Validates, creates the products with options and variants in one module call, gives the
/// variants inventory items and price sets, links the sales channels and emits
/// product.created (and product-variant.created). A failure anywhere undoes every step.
inline const auto createProductsWorkflow =
    workflow::makeWorkflow("create-products", [](const bj::object& in, workflow::Flow& flow) {
      const auto& inputs = in.at("products").as_array();
      flow.run(validateProductInputStep, inputs);
      flow.run(validateSalesChannelsExistStep, nestedIds(inputs, "sales_channels"));
      auto products = flow.run(createProductsStep, inputs);
      bj::array variants, variantInputs;
      for (std::size_t i = 0; i < products.size(); ++i) {
        const auto* given = inputs[i].as_object().if_contains("variants");
        const auto* made = products[i].as_object().if_contains("variants");
        if (!given || !given->is_array() || !made || !made->is_array()) continue;
        // The module creates nested variants in input order.
        for (std::size_t j = 0; j < made->get_array().size(); ++j) {
          variants.push_back(made->get_array()[j]);
          variantInputs.push_back(given->get_array().at(j));
        }
      }
      attachVariantResources(flow, variants, variantInputs);
      flow.run(createRemoteLinksStep, salesChannelLinks(products, inputs));
      flow.run(workflow::emitEventStep,
               {.eventName = "product-variant.created", .data = idEvents(variants)});
      flow.run(workflow::emitEventStep,
               {.eventName = "product.created", .data = idEvents(products)});
      return products;
    });

}  // namespace medusa::server::workflows::products
