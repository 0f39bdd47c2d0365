// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"
#include "medusa/core/config.h"

namespace medusa::auth {
class AuthModuleService;
}

namespace medusa::api {

/// Password reset for emailpass logins (API-CORE.md §2.3 item 5): `reset-password` emits a
/// short-lived token through generate-reset-password-token, `update` spends it. `auth` and
/// `config` must outlive the router.
void registerPasswordRoutes(http::Router& router, const auth::AuthModuleService& auth,
                            RouteScope scope, const Config& config);

}  // namespace medusa::api
