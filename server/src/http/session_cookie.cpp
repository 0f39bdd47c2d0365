// SPDX-License-Identifier: MIT
#include "http/session_cookie.h"

#include <chrono>
#include <ctime>

#include "medusa/core/crypto.h"
#include "medusa/core/id.h"
#include "medusa/infra/session_store.h"

namespace medusa::http {

namespace {

constexpr std::string_view kSignedPrefix = "s:";

// encodeURIComponent, as the `cookie` package encodes values.
std::string encodeUriComponent(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                       std::string_view("-_.!~*'()").find(c) != std::string_view::npos;
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0x0F];
    }
  }
  return out;
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decodeUriComponent(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
        hexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string httpDate(std::chrono::system_clock::time_point when) {
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buffer;
}

std::string attributes(bool production) {
  return production ? "; HttpOnly; Secure; SameSite=None" : "; HttpOnly; SameSite=Lax";
}

}  // namespace

std::string newSessionId() {
  return id::randomHex(24);
}

std::string signSessionId(std::string_view sid, std::string_view secret) {
  auto mac = crypto::base64Encode(crypto::hmacSha256(secret, sid));
  while (!mac.empty() && mac.back() == '=') mac.pop_back();
  return std::string(kSignedPrefix) + std::string(sid) + "." + mac;
}

std::optional<std::string> unsignSessionId(std::string_view value, std::string_view secret) {
  if (!value.starts_with(kSignedPrefix)) return std::nullopt;
  const auto dot = value.rfind('.');
  if (dot == std::string_view::npos || dot < kSignedPrefix.size()) return std::nullopt;
  const auto sid = value.substr(kSignedPrefix.size(), dot - kSignedPrefix.size());
  if (sid.empty()) return std::nullopt;
  if (!crypto::constantTimeEquals(signSessionId(sid, secret), value)) return std::nullopt;
  return std::string(sid);
}

std::optional<std::string> sessionIdFromCookies(std::string_view cookieHeader,
                                                std::string_view secret) {
  while (!cookieHeader.empty()) {
    const auto semi = cookieHeader.find(';');
    const auto pair = trim(cookieHeader.substr(0, semi));
    cookieHeader =
        semi == std::string_view::npos ? std::string_view() : cookieHeader.substr(semi + 1);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos || trim(pair.substr(0, eq)) != kSessionCookieName) continue;
    auto value = trim(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    // The first connect.sid wins, as in the `cookie` package.
    return unsignSessionId(decodeUriComponent(value), secret);
  }
  return std::nullopt;
}

std::string sessionSetCookie(std::string_view sid, std::string_view secret, bool production) {
  const auto maxAge = std::chrono::duration_cast<std::chrono::seconds>(infra::kSessionTtl);
  return std::string(kSessionCookieName) + "=" + encodeUriComponent(signSessionId(sid, secret)) +
         "; Path=/; Expires=" + httpDate(std::chrono::system_clock::now() + maxAge) +
         "; Max-Age=" + std::to_string(maxAge.count()) + attributes(production);
}

std::string clearedSessionSetCookie(bool production) {
  return std::string(kSessionCookieName) +
         "=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0" + attributes(production);
}

}  // namespace medusa::http
