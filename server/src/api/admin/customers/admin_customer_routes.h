// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/customers: list, create, retrieve, update, delete, manage groups
/// (POST /:id/customer-groups), API-CORE.md §4.10. The admin guard runs before these.
void registerAdminCustomerRoutes(http::Router& router, RouteScope scope);

/// /admin/customers/:id/addresses: list, create, retrieve, update, delete (registered by
/// registerAdminCustomerRoutes).
void registerAdminCustomerAddressRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
