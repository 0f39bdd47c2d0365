// SPDX-License-Identifier: MIT
#pragma once

#include "http/middleware_chain.h"

namespace medusa::http {

/// One info line per request once it is answered: method, path, status, body bytes and
/// duration, e.g. `GET /store/products 200 1234B 0.84ms`. The request id is added by the log
/// format (it must run inside RequestIdMiddleware). The query string is left out: it may carry
/// tokens.
class AccessLogMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) const override;
};

}  // namespace medusa::http
