// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <string_view>

namespace medusa::http {

/// qs's `parameterLimit`: parameters after the first 1000 are ignored.
inline constexpr std::size_t kQsParameterLimit = 1000;
/// qs's `depth`: brackets after the fifth stay one literal key (`"[f][g]"`).
inline constexpr std::size_t kQsDepth = 5;

/// Parses a raw query string (the text after the first `?`, without a fragment) exactly as
/// Medusa does with `qs.parse(str, {arrayLimit: Infinity})`, qs 6.12.1 (what Medusa v2.10.3
/// resolves). Values are strings, arrays and objects, plus `true` in one qs quirk
/// (`a[b]=1&a=c` -> `{a: {b: "1", c: true}}`):
///   `a=1` -> "1", `a=1&a=2` -> ["1","2"], `a[]=1` -> ["1"], `a[1]=x&a[5]=y` -> ["x","y"],
///   `a[b]=1` -> {a: {b: "1"}}, `a[0][b]=1` -> {a: [{b: "1"}]}, `a` -> "", `+` -> space.
/// Keys that would shadow Object.prototype (`toString`, `__proto__`, ...) are dropped, as qs
/// does. Throws std::length_error only where qs throws (an array longer than 2^32 - 1).
boost::json::object parseQueryString(std::string_view raw);

}  // namespace medusa::http
