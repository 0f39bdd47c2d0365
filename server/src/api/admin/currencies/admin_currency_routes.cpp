// SPDX-License-Identifier: MIT
#include "api/admin/currencies/admin_currency_routes.h"

#include "api/admin/currencies/currency_reads.h"

namespace medusa::api {

namespace {

constexpr auto kList = http::QueryConfig::list(currencies::kFields).withDefaultLimit(200);

}  // namespace

void registerAdminCurrencyRoutes(http::Router& router, RouteScope scope) {
  router.get("/admin/currencies", [scope](http::Request& req) {
    return currencies::list(req, scope.query, kList, false);
  });
  router.get("/admin/currencies/:code", [scope](http::Request& req) {
    return currencies::retrieve(req, scope.query, false);
  });
}

}  // namespace medusa::api
