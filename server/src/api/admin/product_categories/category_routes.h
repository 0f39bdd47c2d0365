// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/product-categories: list (trees, parent/handle/active/internal filters), create,
/// retrieve, update (move and re-rank), delete, POST /:id/products {add, remove}
/// (API-CORE.md §4.10). The admin guard runs before these.
void registerAdminProductCategoryRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
