// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/collections: list (default limit 10), create, retrieve, update, delete, and
/// POST /:id/products {add, remove} (API-CORE.md §4.10). The admin guard runs before these.
void registerAdminCollectionRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
