// SPDX-License-Identifier: MIT
#pragma once

#include "http/router.h"

namespace medusa::api {

/// GET /health: `200 OK` in plain text, as Medusa answers; load balancers and the desktop app
/// poll it to know the server is up.
void registerHealthRoutes(http::Router& router);

}  // namespace medusa::api
