// SPDX-License-Identifier: MIT
#pragma once

#include <exception>

#include "http/middleware_chain.h"

namespace medusa::http {

/// The only place where exceptions become responses. medusa::Error is answered as Medusa's
/// error handler answers it (status and `{type, message, code?}`, API-CORE.md §1.6); anything
/// else is a 500 `unknown_error` whose cause goes to the log, with the request id, and never to
/// the client.
class ErrorMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) const override;

  /// Maps `error` to its response and logs it. The listener uses this as its last resort for
  /// exceptions thrown outside this middleware, so both paths answer alike.
  static Response toResponse(const std::exception_ptr& error) noexcept;
};

}  // namespace medusa::http
