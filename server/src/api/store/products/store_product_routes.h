// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"

namespace medusa::http {
class Router;
}

namespace medusa::api {

/// GET /store/products and /store/products/:id: published products in the publishable key's
/// sales channels, with `variants.calculated_price` for a region and
/// `variants.inventory_quantity` on request (API-CORE.md §4.2).
void registerStoreProductRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
