// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"

namespace medusa::api {

class PublishableKeyCache;

/// /admin/api-keys: list, create (the only response with a secret key's token), retrieve,
/// update, delete (revoked keys only), revoke and a publishable key's sales channels
/// {add, remove} (API-CORE.md §4.10). Every write clears `keys`, the /store guard's cache.
void registerAdminApiKeyRoutes(http::Router& router, RouteScope scope, PublishableKeyCache& keys);

}  // namespace medusa::api
