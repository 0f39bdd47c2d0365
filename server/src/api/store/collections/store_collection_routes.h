// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// GET /store/collections (default limit 10, newest first) and GET /store/collections/:id
/// (API-CORE.md §4.3). The publishable-key guard runs before these.
void registerStoreCollectionRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
