// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

/// The few JavaScript string primitives whose exact behaviour Medusa's query handling relies on.
namespace medusa::http::detail {

/// qs's default decoder: `+` becomes a space, then decodeURIComponent. When that would throw
/// (a bad escape such as `%zz`, or escapes that are not valid UTF-8) the text is kept as it is,
/// with only the `+` replaced - exactly what qs does.
std::string qsDecode(std::string_view text);

/// `String.prototype.trim`: strips ECMAScript whitespace and line terminators at both ends.
std::string_view jsTrim(std::string_view text) noexcept;

/// `parseInt(text)` (no radix): leading whitespace, a sign, `0x` for hex, then digits up to the
/// first non-digit. nullopt stands for NaN. Values beyond int64 saturate (JS would keep a double).
std::optional<std::int64_t> parseJsInt(std::string_view text) noexcept;

/// The number when `String(parseInt(text, 10)) === text` and it is non-negative: the test qs
/// applies to a bracket segment before treating it as an array index. Holds for huge numbers
/// whose JS spelling round-trips ("100000000000000000000", saturated to UINT64_MAX here), not
/// for "01", "1e3", "-1" or "9007199254740993".
std::optional<std::uint64_t> jsIntegerKey(std::string_view text) noexcept;

}  // namespace medusa::http::detail
