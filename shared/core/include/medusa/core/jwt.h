// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

/// JSON Web Tokens, HS256 only (what Medusa issues), as compact strings.
namespace medusa::jwt {

/// Signs `claims` adding `iat` (now) and `exp` (now + lifetime).
std::string sign(boost::json::object claims, std::string_view secret,
                 std::chrono::seconds lifetime,
                 std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

/// The claims of a valid token: three parts, header `alg` HS256 (anything else, `none` included,
/// is refused), a matching signature (compared in constant time) and, if present, `exp` in the
/// future. nullopt for anything else: callers treat it as "not authenticated".
std::optional<boost::json::object> verify(
    std::string_view token, std::string_view secret,
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

/// Parses Medusa's `jwtExpiresIn` strings: "1d", "12h", "30m", "45s", "2w" or plain seconds.
/// nullopt for anything else, zero or negative, or longer than 100 years.
std::optional<std::chrono::seconds> parseLifetime(std::string_view text);

}  // namespace medusa::jwt
