// SPDX-License-Identifier: MIT
#include "http/detail/request_reader.h"

#include <cstdint>
#include <string>
#include <utility>

namespace medusa::http::detail {

void limitParser(RequestParser& parser, std::size_t maxHeaderBytes, std::size_t maxBodyBytes) {
  parser.header_limit(static_cast<std::uint32_t>(maxHeaderBytes));
  parser.body_limit(maxBodyBytes);
}

void fillRequest(Request& request,
                 boost::beast::http::request<boost::beast::http::string_body>& message) {
  request.setMethod(message.method_string());
  request.setTarget(std::string(message.target()));
  request.setVersion(static_cast<int>(message.version()));
  auto& headers = request.headers();
  for (const auto& field : message) {
    headers.add(std::string(field.name_string()), std::string(field.value()));
  }
  request.setBody(std::move(message.body()));
}

}  // namespace medusa::http::detail
