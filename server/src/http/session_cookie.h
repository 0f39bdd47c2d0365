// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medusa::http {

/// express-session's cookie name.
inline constexpr std::string_view kSessionCookieName = "connect.sid";

/// A new random session id (uid-safe's 24 bytes, here as 48 hex characters).
std::string newSessionId();

/// cookie-signature's sign(): `s:` + sid + `.` + base64(HMAC-SHA256(sid, secret)) without `=`.
std::string signSessionId(std::string_view sid, std::string_view secret);

/// The session id of a signed value (`s:…`, already URL-decoded), or nullopt when the
/// signature does not match `secret` (compared in constant time).
std::optional<std::string> unsignSessionId(std::string_view value, std::string_view secret);

/// The session id carried by a `Cookie:` request header, or nullopt (absent or tampered).
std::optional<std::string> sessionIdFromCookies(std::string_view cookieHeader,
                                                std::string_view secret);

/// The Set-Cookie value for `sid`: Path=/, Expires and Max-Age 10 h, HttpOnly, and
/// SameSite=None; Secure in production, SameSite=Lax otherwise.
std::string sessionSetCookie(std::string_view sid, std::string_view secret, bool production);

/// The Set-Cookie value that removes the session cookie.
std::string clearedSessionSetCookie(bool production);

}  // namespace medusa::http
