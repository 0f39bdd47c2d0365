// SPDX-License-Identifier: MIT
#include "links/link_list.h"

#include "links/links.h"
#include "medusa/framework/module_registry.h"

namespace medusa::server {

void registerLinks(framework::ModuleRegistry& registry) {
  registry.addLink(links::productSalesChannel());
  registry.addLink(links::productVariantPriceSet());
  registry.addLink(links::productVariantInventoryItem());
  registry.addLink(links::salesChannelStockLocation());
  registry.addLink(links::publishableApiKeySalesChannel());
  // Medusa's variant shortcut to the admin prices (calculated_price: variant_calculated_price.cpp).
  registry.addAlias("product_variant", {"prices", {"price_set_link", "price_set", "prices"}});
  // Read-only links (no table): keys held by one module naming another module's rows.
  registry.addReadOnlyLink({.entity = "inventory_level",
                            .foreignKey = "location_id",
                            .target = "stock_location",
                            .field = "stock_locations"});
  registry.addReadOnlyLink({.entity = "store_currency",
                            .foreignKey = "currency_code",
                            .target = "currency",
                            .field = "currency"});
  // TODO(#6): region <-> payment_provider and product <-> shipping_profile arrive with the
  // payment and fulfillment modules.
}

}  // namespace medusa::server
