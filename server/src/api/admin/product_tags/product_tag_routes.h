// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/product-tags: list (default limit 20), create, retrieve, update, delete. The admin
/// guard runs before these.
void registerAdminProductTagRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
