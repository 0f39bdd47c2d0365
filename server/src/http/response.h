// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "http/headers.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"

namespace medusa::http {

inline constexpr std::string_view kJsonContentType = "application/json; charset=utf-8";
inline constexpr std::string_view kTextContentType = "text/plain; charset=utf-8";

/// What a handler returns. The listener adds the framing headers (Content-Length, Connection,
/// Date) itself, so handlers never set those.
class Response {
 public:
  Response() = default;
  explicit Response(int status) : m_status(status) {}

  /// `value` serialised as the body, with the JSON content type.
  static Response json(int status, const medusa::json::value& value);
  /// A plain-text body (`OK`, `Created`).
  static Response text(int status, std::string body);
  /// Medusa's `{type, message, code?}` error body with the error's status.
  static Response error(const ErrorResponse& error);
  /// The same for an error made here: `error(404, "not_found", "Cannot GET /x")`.
  static Response error(int status, std::string_view type, std::string message);

  int status() const noexcept { return m_status; }
  void setStatus(int status) noexcept { m_status = status; }

  const Headers& headers() const noexcept { return m_headers; }
  Headers& headers() noexcept { return m_headers; }
  std::string_view header(std::string_view name) const noexcept { return m_headers.get(name); }
  void setHeader(std::string_view name, std::string_view value) { m_headers.set(name, value); }

  const std::string& body() const noexcept { return m_body; }
  std::string& body() noexcept { return m_body; }
  void setBody(std::string body, std::string_view contentType);

 private:
  int m_status = 200;
  Headers m_headers;
  std::string m_body;
};

}  // namespace medusa::http
