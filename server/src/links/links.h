// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/framework/link.h"

/// The links between modules (API-CORE.md §6.2), one definition per file in this folder.
/// Table names, key columns and graph field names are Medusa's.
namespace medusa::server::links {

/// product ↔ sales_channel (n:m): `product.sales_channels`, `sales_channel.products`.
framework::LinkDefinition productSalesChannel();
/// product_variant ↔ price_set (1:1): `variant.price_set` (+ alias `prices` and the computed
/// `calculated_price`: link_list.cpp, variant_calculated_price.cpp), `price_set.variant`.
framework::LinkDefinition productVariantPriceSet();
/// product_variant ↔ inventory_item (n:m, `required_quantity`): `variant.inventory_items[]`
/// link rows with `.inventory`, `inventory_item.variants`.
framework::LinkDefinition productVariantInventoryItem();
/// sales_channel ↔ stock_location (n:m): `sales_channel.stock_locations`,
/// `stock_location.sales_channels`.
framework::LinkDefinition salesChannelStockLocation();
/// api_key ↔ sales_channel (n:m, publishable keys): `api_key.sales_channels`,
/// `sales_channel.publishable_api_keys`.
framework::LinkDefinition publishableApiKeySalesChannel();

}  // namespace medusa::server::links
