// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// GET /store/product-categories[/:id]: active, non-internal categories only, with Medusa's
/// ancestor/descendant trees (API-CORE.md §4.3). The publishable-key guard runs before these.
void registerStoreProductCategoryRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
