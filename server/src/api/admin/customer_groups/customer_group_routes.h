// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/customer-groups: list, create, retrieve, update, delete and
/// POST /:id/customers {add, remove}. The admin guard runs before these.
void registerAdminCustomerGroupRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
