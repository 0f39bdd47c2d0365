// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/products (API-CORE.md §4.9): products, their options and variants, batches and the
/// variant↔inventory-item links. Reads go through Query (variant prices in Medusa's admin
/// shape), writes through the product workflows. The admin guard runs before these.
void registerAdminProductRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
