// SPDX-License-Identifier: MIT
// Private to the /admin/products routes: each file registers one part of the family.
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api::products {

/// /admin/products/:id/options[/:option_id] (product_option_routes.cpp).
void registerOptionRoutes(http::Router& router, RouteScope scope);
/// /admin/products/:id/variants[/batch|/:variant_id] (product_variant_routes.cpp).
void registerVariantRoutes(http::Router& router, RouteScope scope);
/// /admin/products/:id/variants/:variant_id/inventory-items[/:inventory_item_id]
/// (variant_inventory_routes.cpp).
void registerVariantInventoryRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api::products
