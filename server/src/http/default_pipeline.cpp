// SPDX-License-Identifier: MIT
#include "http/default_pipeline.h"

#include <memory>

#include "http/middleware/access_log_middleware.h"
#include "http/middleware/cors_middleware.h"
#include "http/middleware/error_middleware.h"
#include "http/middleware/json_body_middleware.h"
#include "http/middleware/request_id_middleware.h"

namespace medusa::http {

MiddlewareChain makeDefaultChain(const Config& config, Handler terminal) {
  MiddlewareChain chain(std::move(terminal));
  chain.use<RequestIdMiddleware>()
      .use<AccessLogMiddleware>()
      .use<CorsMiddleware>(config)
      .use<ErrorMiddleware>()
      .use<JsonBodyMiddleware>();
  return chain;
}

Handler toHandler(MiddlewareChain chain) {
  auto shared = std::make_shared<const MiddlewareChain>(std::move(chain));
  return [shared](Request& request) { return (*shared)(request); };
}

Handler makeDefaultPipeline(const Config& config, const Router& router) {
  return toHandler(
      makeDefaultChain(config, [&router](Request& request) { return router.dispatch(request); }));
}

}  // namespace medusa::http
