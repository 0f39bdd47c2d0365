// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// /admin/sales-channels: list, create, retrieve, update, delete and the channel's products
/// {add, remove} (API-CORE.md §4.10). Reads through Query, writes through the sales channel
/// workflows.
void registerAdminSalesChannelRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
