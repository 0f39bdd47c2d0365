// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/currencies: list (default limit 200) and retrieve by code, through Query. The admin
/// guard runs before these.
void registerAdminCurrencyRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
