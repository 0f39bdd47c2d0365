// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "http/query/find_params.h"
#include "http/request.h"
#include "http/response.h"

namespace medusa::framework {
class QueryEngine;
}

/// The two reads /admin/currencies and /store/currencies share; each namespace brings its own
/// query config (default limit) and whether store restrictions apply.
namespace medusa::api::currencies {

/// Medusa's default currency fields (both namespaces).
inline constexpr std::array<std::string_view, 6> kFields = {
    "code", "name", "symbol", "symbol_native", "decimal_digits", "rounding"};

/// `{currencies, count, offset, limit}`, filters q, code, $and, $or; ordered by code.
http::Response list(const http::Request& req, const framework::QueryEngine& query,
                    const http::QueryConfig& config, bool store);

/// `{currency}` by code (any case); 404 `Currency with code: X was not found`.
http::Response retrieve(const http::Request& req, const framework::QueryEngine& query,
                        bool store);

}  // namespace medusa::api::currencies
