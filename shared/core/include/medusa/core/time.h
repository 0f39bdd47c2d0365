// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <string_view>

/// Timestamps as Medusa writes them: ISO-8601, UTC, milliseconds (`2025-01-31T10:20:30.123Z`).
namespace medusa::time {

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

Timestamp now();

/// `2025-01-31T10:20:30.123Z`.
std::string toIso8601(Timestamp t);

/// Accepts ISO-8601 and PostgreSQL's timestamptz text: `T` or space between date and time,
/// optional fraction (any digits, truncated to ms), and `Z`, `+00`, `+05:30` or `-0800` offsets,
/// or a bare date (midnight UTC). Throws Error{InvalidData} otherwise.
Timestamp parse(std::string_view text);

}  // namespace medusa::time
