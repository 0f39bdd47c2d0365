// SPDX-License-Identifier: MIT
#pragma once

#include "http/router.h"

namespace medusa::framework {
class QueryEngine;
}

namespace medusa::api {

/// /admin/users: list, retrieve, me (API-CORE.md §4.10). Reads go through Query; `query` must
/// outlive the router. The admin guard (AuthMiddleware) runs before these.
void registerAdminUserRoutes(http::Router& router, const framework::QueryEngine& query);

}  // namespace medusa::api
