// SPDX-License-Identifier: MIT
#include "http/middleware/access_log_middleware.h"

#include <spdlog/spdlog.h>

#include <chrono>

namespace medusa::http {

Response AccessLogMiddleware::handle(Request& request, const Next& next) const {
  if (!spdlog::should_log(spdlog::level::info)) return next(request);
  const auto start = std::chrono::steady_clock::now();
  Response response = next(request);
  const std::chrono::duration<double, std::milli> elapsed =
      std::chrono::steady_clock::now() - start;
  spdlog::info("{} {} {} {}B {:.2f}ms", request.methodName(), request.path(), response.status(),
               response.body().size(), elapsed.count());
  return response;
}

}  // namespace medusa::http
