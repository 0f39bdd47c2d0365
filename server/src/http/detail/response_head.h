// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "http/response.h"

namespace medusa::http::detail {

/// The reason phrase of a status code ("Not Found"), "" for unknown codes.
std::string_view reasonPhrase(int status) noexcept;

/// How a response is framed on one connection.
struct Framing {
  int version = 11;       // the request's: 10 or 11
  bool keepAlive = true;  // the connection stays open after this response
};

/// Appends the status line and header block of `response` to `out`. The framing headers come
/// from here only: handler-set Content-Length, Transfer-Encoding, Connection and Date are
/// ignored, and fields whose name or value could split the header (CR, LF, NUL) are dropped.
/// Content-Length is the body size, also for HEAD (whose body the caller then does not send).
void writeResponseHead(std::string& out, const Response& response, const Framing& framing);

/// Whether a response with this status may have a body (not 1xx, 204, 304).
bool statusAllowsBody(int status) noexcept;

}  // namespace medusa::http::detail
