// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/inventory-items: items (list, create with levels, retrieve, update, delete) and
/// their location levels (list, create, update, delete, batch), plus the cross-item
/// /admin/inventory-items/location-levels/batch (API-CORE.md §4.10). Every item comes back
/// with Medusa's defaults: stocked/reserved sums and levels with available_quantity.
void registerAdminInventoryItemRoutes(http::Router& router, RouteScope scope);

namespace inventory_routes {

/// The location-level routes (inventory_level_routes.cpp).
void registerLevelRoutes(http::Router& router, RouteScope scope);

}  // namespace inventory_routes

}  // namespace medusa::api
