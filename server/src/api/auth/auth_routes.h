// SPDX-License-Identifier: MIT
#pragma once

#include "http/router.h"
#include "medusa/core/config.h"

namespace medusa::auth {
class AuthModuleService;
}

namespace medusa::api {

/// /auth: emailpass login and register for actors `user` and `customer`, token refresh
/// (API-CORE.md §2.3). `auth` and `config` must outlive the router.
void registerAuthRoutes(http::Router& router, const auth::AuthModuleService& auth,
                        const Config& config);

}  // namespace medusa::api
