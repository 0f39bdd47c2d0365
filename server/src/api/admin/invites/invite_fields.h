// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "http/query/find_params.h"

namespace medusa::api::invites {

/// Medusa's defaultAdminInviteFields.
inline constexpr std::array<std::string_view, 9> kInviteFields = {
    "id",       "email",      "accepted",   "token",     "expires_at",
    "metadata", "created_at", "updated_at", "deleted_at"};
inline constexpr auto kListConfig = http::QueryConfig::list(kInviteFields).withDefaultLimit(50);
inline constexpr auto kRetrieveConfig = http::QueryConfig::retrieve(kInviteFields);

}  // namespace medusa::api::invites
