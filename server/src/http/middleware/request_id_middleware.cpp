// SPDX-License-Identifier: MIT
#include "http/middleware/request_id_middleware.h"

#include "medusa/core/id.h"
#include "medusa/core/log.h"

namespace medusa::http {

namespace {

constexpr std::size_t kMaxIdLength = 128;
constexpr std::string_view kHeader = "x-request-id";

constexpr bool isIdChar(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == ':' || c == '@' || c == '/' || c == '+' || c == '=' || c == '-';
}

}  // namespace

bool RequestIdMiddleware::isAcceptableId(std::string_view id) noexcept {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  for (char c : id) {
    if (!isIdChar(c)) return false;
  }
  return true;
}

Response RequestIdMiddleware::handle(Request& request, const Next& next) const {
  const std::string_view incoming = request.header(kHeader);
  request.setRequestId(isAcceptableId(incoming) ? std::string(incoming) : id::ulid());
  log::RequestIdScope scope(request.requestId());
  Response response = next(request);
  response.setHeader(kHeader, request.requestId());
  return response;
}

}  // namespace medusa::http
