// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace medusa::http {

/// The methods the router dispatches on. Anything else arrives as Other (and can only reach
/// middleware, never a route), so an unusual verb is a 404/405, not a parse failure.
enum class Method : std::uint8_t { Get, Head, Post, Put, Patch, Delete, Options, Other };

inline constexpr std::size_t kMethodCount = 8;

/// "GET", "HEAD", ...; "OTHER" for Method::Other.
std::string_view toString(Method method);

/// Case-sensitive, as HTTP method names are.
Method parseMethod(std::string_view name);

}  // namespace medusa::http
