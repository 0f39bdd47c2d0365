// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /store/regions: list and retrieve through Query (API-CORE.md §4.1). The publishable-key
/// guard runs before these.
void registerStoreRegionRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
