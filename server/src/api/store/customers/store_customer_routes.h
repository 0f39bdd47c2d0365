// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /store/customers: registration (POST, with a registration token), /me (GET, POST) and
/// /me/addresses (list, create, retrieve, update, delete), API-CORE.md §4.7. Every route but
/// registration needs a registered customer (401 `{"message":"Unauthorized"}` otherwise).
void registerStoreCustomerRoutes(http::Router& router, RouteScope scope);

/// The /store/customers/me/addresses part (registered by registerStoreCustomerRoutes).
void registerStoreCustomerAddressRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
