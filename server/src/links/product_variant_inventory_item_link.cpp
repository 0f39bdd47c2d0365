// SPDX-License-Identifier: MIT
#include "links/links.h"

namespace medusa::server::links {

framework::LinkDefinition productVariantInventoryItem() {
  // Medusa exposes the link rows themselves as `variant.inventory_items` (with the quantity
  // a variant needs of each item) and the item as `.inventory` on each row.
  return {.table = "product_variant_inventory_item",
          .idPrefix = "pvitem",
          .left = {.entity = "product_variant",
                   .column = "variant_id",
                   .linkField = "inventory_items",
                   .rowField = "variant"},
          .right = {.entity = "inventory_item",
                    .column = "inventory_item_id",
                    .linkField = "variant_link",
                    .field = "variants",
                    .rowField = "inventory"},
          .extraColumns = {{.name = "required_quantity",
                            .kind = framework::ColumnKind::Integer,
                            .nullable = false,
                            .sqlDefault = "1"}}};
}

}  // namespace medusa::server::links
