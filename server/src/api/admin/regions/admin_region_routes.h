// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/regions: list, retrieve, create, update, delete (API-CORE.md §4.10). Reads go through
/// Query, writes through the create-, update- and delete-regions workflows. The admin guard
/// runs before these.
void registerAdminRegionRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
