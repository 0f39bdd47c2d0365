// SPDX-License-Identifier: MIT
#include "http/middleware/json_body_middleware.h"

namespace medusa::http {

Response JsonBodyMiddleware::handle(Request& request, const Next& next) const {
  const Method method = request.method();
  if ((method == Method::Post || method == Method::Put || method == Method::Patch) &&
      request.hasJsonBody()) {
    request.json();  // throws Error{InvalidData} for malformed JSON
  }
  return next(request);
}

}  // namespace medusa::http
