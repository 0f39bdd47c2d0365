// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

/// GET /admin/product-variants: every product's variants through Query, prices in Medusa's
/// admin shape.
void registerAdminProductVariantRoutes(http::Router& router, RouteScope scope);

}  // namespace medusa::api
