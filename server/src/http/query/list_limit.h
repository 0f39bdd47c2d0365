// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace medusa::http {

/// Our cap on `limit` for list routes (Medusa has none): a larger `limit` is a 400 naming the
/// cap, so one request cannot make the server build an answer of a whole table in memory.
/// Process-wide, set once at start from Config::maxListLimit (MEDUSA_MAX_LIMIT, http.maxLimit);
/// extractFindParams (find_params.h) enforces it.
inline constexpr std::int64_t kDefaultMaxListLimit = 1000;
void setMaxListLimit(std::int64_t cap) noexcept;
std::int64_t maxListLimit() noexcept;

}  // namespace medusa::http
