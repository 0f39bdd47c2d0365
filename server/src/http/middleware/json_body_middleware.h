// SPDX-License-Identifier: MIT
#pragma once

#include "http/middleware_chain.h"

namespace medusa::http {

/// Parses JSON bodies of POST, PUT and PATCH before any handler runs, so malformed JSON is a
/// 400 `invalid_data` naming the problem whatever the route, as Express's json parser makes it.
/// Handlers then read the cached value with `request.json()`.
class JsonBodyMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) const override;
};

}  // namespace medusa::http
