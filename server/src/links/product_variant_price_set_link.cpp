// SPDX-License-Identifier: MIT
#include "links/links.h"

namespace medusa::server::links {

framework::LinkDefinition productVariantPriceSet() {
  return {.table = "product_variant_price_set",
          .idPrefix = "pvps",
          .left = {.entity = "product_variant",
                   .column = "variant_id",
                   .linkField = "price_set_link",
                   .field = "price_set"},
          .right = {.entity = "price_set",
                    .column = "price_set_id",
                    .linkField = "variant_link",
                    .field = "variant"},
          .cardinality = framework::LinkCardinality::OneToOne};
}

}  // namespace medusa::server::links
