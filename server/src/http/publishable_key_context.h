// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace medusa::http {

/// The publishable API key of a `/store` request (Medusa's `req.publishable_key_context`),
/// put in the request context by PublishableKeyMiddleware.
struct PublishableKeyContext {
  std::string key{};  ///< the api_key id
  std::vector<std::string> salesChannelIds{};
};

}  // namespace medusa::http
