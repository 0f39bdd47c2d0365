// SPDX-License-Identifier: MIT
#include "api/store/currencies/store_currency_routes.h"

#include "api/admin/currencies/currency_reads.h"

namespace medusa::api {

namespace {

constexpr auto kList = http::QueryConfig::list(currencies::kFields).withDefaultLimit(50);

}  // namespace

void registerStoreCurrencyRoutes(http::Router& router, RouteScope scope) {
  router.get("/store/currencies", [scope](http::Request& req) {
    return currencies::list(req, scope.query, kList, true);
  });
  router.get("/store/currencies/:code", [scope](http::Request& req) {
    return currencies::retrieve(req, scope.query, true);
  });
}

}  // namespace medusa::api
