// SPDX-License-Identifier: MIT
#pragma once

#include "api/common/route_scope.h"
#include "http/router.h"
#include "medusa/core/config.h"

namespace medusa::api {

/// /admin/invites: list, create, retrieve, delete, resend (admin only) and accept (a
/// registration token of actor `user`), as Medusa's invite routes. Writes go through the
/// invite workflows; `config` gives the JWT secret invite tokens are signed with.
void registerAdminInviteRoutes(http::Router& router, RouteScope scope, const Config& config);

/// POST /admin/invites/accept (invite_accept_route.cpp).
void registerInviteAcceptRoute(http::Router& router, RouteScope scope);

}  // namespace medusa::api
