// SPDX-License-Identifier: MIT
#include "links/links.h"

namespace medusa::server::links {

framework::LinkDefinition publishableApiKeySalesChannel() {
  return {.table = "publishable_api_key_sales_channel",
          .idPrefix = "pksc",
          .left = {.entity = "api_key",
                   .column = "publishable_key_id",
                   .linkField = "sales_channels_link",
                   .field = "sales_channels"},
          .right = {.entity = "sales_channel",
                    .column = "sales_channel_id",
                    .linkField = "publishable_api_keys_link",
                    .field = "publishable_api_keys"}};
}

}  // namespace medusa::server::links
