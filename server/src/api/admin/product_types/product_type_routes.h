// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/product-types: list (default limit 10), create, retrieve, update, delete. The admin
/// guard runs before these.
void registerAdminProductTypeRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
