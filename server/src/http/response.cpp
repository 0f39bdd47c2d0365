// SPDX-License-Identifier: MIT
#include "http/response.h"

namespace medusa::http {

Response Response::json(int status, const medusa::json::value& value) {
  Response response(status);
  response.m_body.reserve(256);
  medusa::json::stringifyTo(response.m_body, value);
  response.m_headers.add("Content-Type", std::string(kJsonContentType));
  return response;
}

Response Response::text(int status, std::string body) {
  Response response(status);
  response.setBody(std::move(body), kTextContentType);
  return response;
}

Response Response::error(const ErrorResponse& error) {
  return json(error.status, medusa::json::toJson(error));
}

Response Response::error(int status, std::string_view type, std::string message) {
  return error(ErrorResponse{status, std::string(type), std::move(message), std::nullopt});
}

void Response::setBody(std::string body, std::string_view contentType) {
  m_body = std::move(body);
  m_headers.set("Content-Type", contentType);
}

}  // namespace medusa::http
