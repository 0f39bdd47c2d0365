// SPDX-License-Identifier: MIT
// Token generation, hashing and redaction for API keys.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "medusa/core/time.h"

namespace medusa::api_key::detail {

/// A new token and what is stored for it.
struct GeneratedToken {
  std::string raw;       ///< shown once, in the create response
  std::string stored;    ///< the `token` column: raw (publishable) or hashSecret(raw, salt)
  std::string salt;      ///< empty for publishable keys
  std::string redacted;  ///< redact(raw)
};

/// `pk_` / `sk_` + 64 hex characters; secret keys get a 128-bit salt and are hashed.
GeneratedToken generateToken(bool secret);

/// Hex HMAC-SHA256 of the token keyed with the salt. A fast keyed hash is enough: the token
/// carries 256 random bits, so a slow KDF would only slow down every Basic-auth request.
std::string hashSecret(std::string_view token, std::string_view salt);

/// Medusa's redaction: the first 6 characters, `***`, the last 3.
std::string redact(std::string_view token);

/// Whether a key row is in force at `now`: `revoked_at` null or later than now.
bool isActive(const boost::json::object& row, time::Timestamp now);

}  // namespace medusa::api_key::detail

namespace medusa::api_key::detail {

/// Medusa's omitToken: a secret key's stored hash is never shown (token becomes "").
void omitSecretToken(boost::json::object& row);

}  // namespace medusa::api_key::detail
