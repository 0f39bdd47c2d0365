// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "http/router.h"
#include "medusa/core/config.h"
#include "medusa/infra/session_store.h"

namespace medusa::api {

/// /auth/session: POST turns a Bearer token into a `connect.sid` cookie session, DELETE ends it
/// (API-CORE.md §2.3). `config` must outlive the router.
void registerSessionRoutes(http::Router& router, std::shared_ptr<infra::SessionStore> sessions,
                           const Config& config);

}  // namespace medusa::api
