// SPDX-License-Identifier: MIT
#include "http/middleware/publishable_key_middleware.h"

#include "medusa/core/error.h"

namespace medusa::http {

namespace {

bool isStorePath(std::string_view path) {
  return path == "/store" || path.starts_with("/store/");
}

}  // namespace

Response PublishableKeyMiddleware::handle(Request& request, const Next& next) const {
  if (!isStorePath(request.path())) return next(request);
  const auto token = request.header("x-publishable-api-key");
  if (token.empty()) {
    throw Error(ErrorType::NotAllowed,
                "Publishable API key required in the request header: x-publishable-api-key. "
                "You can manage your keys in settings in the dashboard.");
  }
  auto key = token.size() <= kMaxPublishableKeyBytes ? m_resolver(token) : std::nullopt;
  if (!key) {
    throw Error(ErrorType::NotAllowed,
                "A valid publishable key is required to proceed with the request");
  }
  request.context().emplace<PublishableKeyContext>(std::move(*key));
  return next(request);
}

}  // namespace medusa::http
