// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace medusa::http::validation {

/// RFC 5321's limit on a forward path; every e-mail a request carries is bounded by it before
/// anything else looks at it.
inline constexpr std::size_t kMaxEmailLength = 254;

/// The one e-mail format check of the server (Schema::email() uses it): what zod 3's `.email()`
/// accepts, which Medusa's validators use, checked by hand in one pass (linear time, no regex,
/// no recursion). Case-insensitive, ASCII only:
///   local part: A-Z 0-9 _ ' + - . ; not starting with '.', not ending with '.' or '\''
///   domain:     labels of A-Z 0-9 - starting with a letter or digit, joined by '.', then a
///               top-level label of two or more letters
///   nowhere:    two dots in a row
/// Returns false for anything longer than kMaxEmailLength.
bool isEmail(std::string_view text) noexcept;

}  // namespace medusa::http::validation
