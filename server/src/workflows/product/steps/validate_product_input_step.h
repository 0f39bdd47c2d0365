// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/core/error.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Medusa's validate-product-input: products given variants must name their options
/// (`Product options are not provided for: [A, B].`). Writes nothing.
inline const auto validateProductInputStep = workflow::makeStep(
    "validate-product-input", [](const bj::array& products, workflow::StepContext&) {
      std::string missing;
      for (const auto& item : products) {
        const auto& product = item.as_object();
        const auto* variants = product.if_contains("variants");
        const auto* options = product.if_contains("options");
        const bool hasVariants = variants && variants->is_array() && !variants->get_array().empty();
        const bool hasOptions = options && options->is_array() && !options->get_array().empty();
        if (!hasVariants || hasOptions) continue;
        const auto* title = product.if_contains("title");
        missing += (missing.empty() ? "" : ", ") +
                   std::string(title && title->is_string() ? title->get_string() : "");
      }
      if (!missing.empty()) {
        throw Error(ErrorType::InvalidData,
                    "Product options are not provided for: [" + missing + "].");
      }
    });

}  // namespace medusa::server::workflows::products
