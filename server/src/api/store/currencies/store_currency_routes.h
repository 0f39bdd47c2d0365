// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /store/currencies: list (default limit 50) and retrieve by code, through Query. The
/// publishable-key guard runs before these.
void registerStoreCurrencyRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
