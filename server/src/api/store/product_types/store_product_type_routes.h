// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// GET /store/product-types (default limit 50) and GET /store/product-types/:id. The
/// publishable-key guard runs before these.
void registerStoreProductTypeRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
