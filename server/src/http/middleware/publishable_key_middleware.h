// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include "http/middleware_chain.h"
#include "http/publishable_key_context.h"

namespace medusa::http {

/// Looks a publishable token up: the key and its sales channels, or nothing when the token is
/// unknown, revoked or not publishable. Supplied by the composition root (it reads Query).
using PublishableKeyResolver =
    std::function<std::optional<PublishableKeyContext>(std::string_view token)>;

/// Medusa's ensurePublishableApiKeyMiddleware on every `/store` path: without
/// `x-publishable-api-key` → 400 not_allowed "Publishable API key required…", with an unknown
/// or revoked key → 400 not_allowed "A valid publishable key is required…"; otherwise the key
/// and its sales channels go into the request context for the store routes. A token longer than
/// kMaxPublishableKeyBytes is refused as unknown without a lookup (ours, issue #12): the
/// resolver caches unknown tokens too, and 16 KiB ones would fill that cache fast.
inline constexpr std::size_t kMaxPublishableKeyBytes = 256;  // ours are "pk_" + 64 hex digits

class PublishableKeyMiddleware final : public Middleware {
 public:
  explicit PublishableKeyMiddleware(PublishableKeyResolver resolver)
      : m_resolver(std::move(resolver)) {}

  Response handle(Request& request, const Next& next) const override;

 private:
  PublishableKeyResolver m_resolver;
};

}  // namespace medusa::http
