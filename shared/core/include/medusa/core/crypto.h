// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

/// Cryptographic building blocks over OpenSSL and libsodium. Nothing here is hand-rolled
/// cryptography: these are thin, typed wrappers so callers cannot misuse the C APIs.
namespace medusa::crypto {

/// HMAC-SHA256 of `data` with `key`, raw 32 bytes.
std::string hmacSha256(std::string_view key, std::string_view data);

/// SHA-256 digest, lower-case hex.
std::string sha256Hex(std::string_view data);

/// Compares in time independent of where the inputs differ (lengths may leak).
bool constantTimeEquals(std::string_view a, std::string_view b);

/// Standard base64 with padding, and the URL-safe alphabet without padding (JWT, cookies).
std::string base64Encode(std::string_view data);
std::string base64UrlEncode(std::string_view data);
/// Decodes either alphabet, padding optional; nullopt on malformed input.
std::optional<std::string> base64Decode(std::string_view text);

/// Argon2id password hash in the PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash),
/// with libsodium's interactive limits. Slow on purpose (~tens of ms).
std::string hashPassword(std::string_view password);

/// Checks a password against a hash from hashPassword() in constant time. A malformed hash
/// verifies as false.
bool verifyPassword(std::string_view password, const std::string& hash);

/// Runs a verification against a fixed dummy hash: callers use it when the account does not
/// exist, so that "unknown e-mail" and "wrong password" take the same time.
void burnPasswordVerification(std::string_view password);

}  // namespace medusa::crypto
