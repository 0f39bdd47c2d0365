// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/stores: list, retrieve, update (API-CORE.md §4.10). Reads go through Query, updates
/// through update-stores. The admin guard runs before these.
void registerAdminStoreRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
