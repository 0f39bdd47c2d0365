// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/stock-locations: list, create, retrieve, update, delete (address nested) and the
/// location's sales channels {add, remove} (API-CORE.md §4.10). Reads through Query, writes
/// through the stock location workflows.
void registerAdminStockLocationRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
