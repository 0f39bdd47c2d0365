// SPDX-License-Identifier: MIT
#include "links/links.h"

namespace medusa::server::links {

framework::LinkDefinition salesChannelStockLocation() {
  return {.table = "sales_channel_stock_location",
          .idPrefix = "scloc",
          .left = {.entity = "sales_channel",
                   .column = "sales_channel_id",
                   .linkField = "stock_locations_link",
                   .field = "stock_locations"},
          .right = {.entity = "stock_location",
                    .column = "stock_location_id",
                    .linkField = "sales_channels_link",
                    .field = "sales_channels"}};
}

}  // namespace medusa::server::links
