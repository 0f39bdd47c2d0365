// SPDX-License-Identifier: MIT
#include "links/links.h"

namespace medusa::server::links {

framework::LinkDefinition productSalesChannel() {
  return {.table = "product_sales_channel",
          .idPrefix = "prodsc",
          .left = {.entity = "product",
                   .column = "product_id",
                   .linkField = "sales_channels_link",
                   .field = "sales_channels"},
          .right = {.entity = "sales_channel",
                    .column = "sales_channel_id",
                    .linkField = "products_link",
                    .field = "products"}};
}

}  // namespace medusa::server::links
