// SPDX-License-Identifier: MIT
#include "api/health/health_routes.h"

namespace medusa::api {

namespace {

/// GET /health: the process is up and serving HTTP.
http::Response getHealth(http::Request&) {
  return http::Response::text(200, "OK");
}

}  // namespace

void registerHealthRoutes(http::Router& router) {
  router.get("/health", getHealth);
}

}  // namespace medusa::api
