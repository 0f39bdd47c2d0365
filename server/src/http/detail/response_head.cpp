// SPDX-License-Identifier: MIT
#include "http/detail/response_head.h"

#include <charconv>
#include <ctime>

namespace medusa::http::detail {

namespace {

bool isFramingField(std::string_view name) noexcept {
  return equalsIgnoreCase(name, "content-length") || equalsIgnoreCase(name, "transfer-encoding") ||
         equalsIgnoreCase(name, "connection") || equalsIgnoreCase(name, "date");
}

bool isSafe(std::string_view text) noexcept {
  return text.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

void appendNumber(std::string& out, std::size_t value) {
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, end);
}

// The IMF-fixdate of now, formatted at most once per second per thread.
std::string_view httpDate() {
  thread_local std::time_t cachedSecond = 0;
  thread_local char cached[40] = {};
  thread_local std::size_t cachedLength = 0;
  const std::time_t now = std::time(nullptr);
  if (now != cachedSecond) {
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &now);
#else
    gmtime_r(&now, &utc);
#endif
    cachedLength = std::strftime(cached, sizeof cached, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    cachedSecond = now;
  }
  return {cached, cachedLength};
}

}  // namespace

std::string_view reasonPhrase(int status) noexcept {
  switch (status) {
    case 100:
      return "Continue";
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 202:
      return "Accepted";
    case 204:
      return "No Content";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 307:
      return "Temporary Redirect";
    case 308:
      return "Permanent Redirect";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 410:
      return "Gone";
    case 413:
      return "Payload Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Entity";
    case 429:
      return "Too Many Requests";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    case 504:
      return "Gateway Timeout";
    default:
      return "";
  }
}

bool statusAllowsBody(int status) noexcept {
  return status >= 200 && status != 204 && status != 304;
}

void writeResponseHead(std::string& out, const Response& response, const Framing& framing) {
  const int status = response.status() >= 100 && response.status() <= 999 ? response.status() : 500;
  out += framing.version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
  appendNumber(out, static_cast<std::size_t>(status));
  out += ' ';
  out += reasonPhrase(status);
  out += "\r\n";
  for (const auto& [name, value] : response.headers()) {
    if (name.empty() || isFramingField(name) || !isSafe(name) || !isSafe(value)) continue;
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
  }
  out += "Date: ";
  out += httpDate();
  out += "\r\n";
  if (statusAllowsBody(status)) {
    out += "Content-Length: ";
    appendNumber(out, response.body().size());
    out += "\r\n";
  }
  // HTTP/1.1 is persistent unless told otherwise; HTTP/1.0 is the opposite.
  if (framing.version == 10 && framing.keepAlive) out += "Connection: keep-alive\r\n";
  if (framing.version != 10 && !framing.keepAlive) out += "Connection: close\r\n";
  out += "\r\n";
}

}  // namespace medusa::http::detail
