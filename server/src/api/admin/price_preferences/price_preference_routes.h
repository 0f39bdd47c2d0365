// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/price-preferences: list, retrieve, create, update, delete. Reads go through Query,
/// writes through the price-preference workflows. The admin guard runs before these.
void registerAdminPricePreferenceRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
