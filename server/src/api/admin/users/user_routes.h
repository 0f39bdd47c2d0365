// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/users: list, retrieve, me, update, delete (API-CORE.md §4.10). Reads go through
/// Query, writes through the update-users and remove-user-account workflows. The admin guard
/// (AuthMiddleware) runs before these.
void registerAdminUserRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
