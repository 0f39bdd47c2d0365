// SPDX-License-Identifier: MIT
// The API key module's hand-written SQL (the rest is the generic repository's).
#pragma once

#include "medusa/db/statement.h"

namespace medusa::api_key::detail {

/// The salt is not part of the entity schema (so never of a response): written on its own.
inline constexpr db::Statement kSetSalt{"api_key.set_salt",
                                        "UPDATE api_key SET salt = $2 WHERE id = $1"};

/// Serialises creators of secret keys for the rest of the transaction, so two concurrent
/// requests cannot both pass the "one active secret key" check.
inline constexpr db::Statement kLockSecretKeys{
    "api_key.lock_secret_keys", "SELECT pg_advisory_xact_lock(hashtext('medusa.api_key.secret'))"};

}  // namespace medusa::api_key::detail
