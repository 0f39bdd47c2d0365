// SPDX-License-Identifier: MIT
#include "http/middleware/error_middleware.h"

#include <spdlog/spdlog.h>

#include "medusa/core/error.h"

namespace medusa::http {

namespace {

Response fromErrorResponse(const ErrorResponse& error) noexcept {
  try {
    auto response = Response::error(error);
    // A timeout (the only 503 an Error maps to): the same request may pass when it is quieter.
    if (response.status() == 503) response.setHeader("Retry-After", "1");
    return response;
  } catch (...) {
    // Out of memory while building the body: an empty 500 is all that is left to say.
    return Response(500);
  }
}

}  // namespace

Response ErrorMiddleware::handle(Request& request, const Next& next) const {
  try {
    return next(request);
  } catch (...) {
    return toResponse(std::current_exception());
  }
}

Response ErrorMiddleware::toResponse(const std::exception_ptr& error) noexcept {
  try {
    std::rethrow_exception(error);
  } catch (const Error& e) {
    const ErrorResponse response = toErrorResponse(e);
    // Client errors are the client's business; server-side ones need a look.
    if (response.status >= 500) {
      spdlog::error("{} error: {}", toString(e.type()), e.message());
    } else {
      spdlog::debug("{} error: {}", toString(e.type()), e.message());
    }
    return fromErrorResponse(response);
  } catch (const std::exception& e) {
    spdlog::error("unhandled exception: {}", e.what());
  } catch (...) {
    spdlog::error("unhandled exception of unknown type");
  }
  return fromErrorResponse(unknownErrorResponse());
}

}  // namespace medusa::http
