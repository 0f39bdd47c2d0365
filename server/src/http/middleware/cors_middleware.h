// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "http/middleware/cors_origins.h"
#include "http/middleware_chain.h"
#include "medusa/core/config.h"

namespace medusa::http {

/// CORS per path namespace, as Medusa mounts the `cors` package on /store, /admin and /auth
/// with `credentials: true`. For an allowed Origin, responses carry Access-Control-Allow-Origin
/// (the origin itself) and Allow-Credentials; every OPTIONS request in a namespace is a
/// preflight answered here with 204. Any other origin gets no Access-Control-* header, so the
/// browser blocks it. `Vary: Origin` is always set in a namespace, for caches.
class CorsMiddleware final : public Middleware {
 public:
  struct Namespace {
    std::string prefix;  // "/store": matches /store and /store/..., not /storefront
    CorsOrigins origins;
  };

  explicit CorsMiddleware(std::vector<Namespace> namespaces);
  /// /store from storeCors, /admin from adminCors, /auth from authCors.
  explicit CorsMiddleware(const Config& config);

  Response handle(Request& request, const Next& next) const override;

 private:
  const CorsOrigins* originsFor(std::string_view path) const noexcept;

  std::vector<Namespace> m_namespaces;
};

}  // namespace medusa::http
