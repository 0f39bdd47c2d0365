// SPDX-License-Identifier: MIT
#include "http/middleware/cors_middleware.h"

namespace medusa::http {

namespace {

// The `cors` package's default method list, which Medusa keeps.
constexpr std::string_view kAllowedMethods = "GET,HEAD,PUT,PATCH,POST,DELETE";

bool underPrefix(std::string_view path, std::string_view prefix) noexcept {
  return path.substr(0, prefix.size()) == prefix &&
         (path.size() == prefix.size() || path[prefix.size()] == '/');
}

// Adds `value` to the response's Vary list unless it is already there.
void addVary(Response& response, std::string_view value) {
  const std::string_view current = response.header("Vary");
  if (current.empty()) {
    response.setHeader("Vary", value);
    return;
  }
  if (current.find(value) != std::string_view::npos) return;
  std::string merged(current);
  merged += ", ";
  merged += value;
  response.setHeader("Vary", merged);
}

void allowOrigin(Response& response, std::string_view origin) {
  response.setHeader("Access-Control-Allow-Origin", origin);
  response.setHeader("Access-Control-Allow-Credentials", "true");
}

}  // namespace

CorsMiddleware::CorsMiddleware(std::vector<Namespace> namespaces)
    : m_namespaces(std::move(namespaces)) {}

CorsMiddleware::CorsMiddleware(const Config& config) {
  m_namespaces.push_back({"/store", CorsOrigins(config.storeCors)});
  m_namespaces.push_back({"/admin", CorsOrigins(config.adminCors)});
  m_namespaces.push_back({"/auth", CorsOrigins(config.authCors)});
}

const CorsOrigins* CorsMiddleware::originsFor(std::string_view path) const noexcept {
  for (const auto& ns : m_namespaces) {
    if (underPrefix(path, ns.prefix)) return &ns.origins;
  }
  return nullptr;
}

Response CorsMiddleware::handle(Request& request, const Next& next) const {
  const CorsOrigins* origins = originsFor(request.path());
  if (!origins) return next(request);

  const std::string_view origin = request.header("origin");
  const bool allowed = !origin.empty() && origins->allows(origin);

  if (request.method() == Method::Options) {
    Response response(204);
    addVary(response, "Origin");
    if (allowed) {
      allowOrigin(response, origin);
      response.setHeader("Access-Control-Allow-Methods", kAllowedMethods);
      // Like the `cors` package: reflect what the browser asks for.
      const std::string_view requested = request.header("access-control-request-headers");
      if (!requested.empty()) {
        response.setHeader("Access-Control-Allow-Headers", requested);
        addVary(response, "Access-Control-Request-Headers");
      }
    }
    return response;
  }

  Response response = next(request);
  if (allowed) allowOrigin(response, origin);
  addVary(response, "Origin");
  return response;
}

}  // namespace medusa::http
