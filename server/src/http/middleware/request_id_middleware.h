// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "http/middleware_chain.h"

namespace medusa::http {

/// Gives every request an id: the client's `x-request-id` when it looks like an id, otherwise a
/// new ULID. The id is echoed in the response's `x-request-id` and attached to every log line
/// written while the request is handled.
class RequestIdMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) const override;

  /// 1-128 characters of [A-Za-z0-9._:@/+=-]: UUIDs, ULIDs, trace ids and base64 pass; anything
  /// that could forge a log line or a header does not.
  static bool isAcceptableId(std::string_view id) noexcept;
};

}  // namespace medusa::http
