// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

/// Identifiers: Medusa's `prefix_` + ULID, and random tokens for API keys.
namespace medusa::id {

/// A 26-character ULID (Crockford base32, upper case): 48-bit millisecond time, 80 random bits
/// from the operating system's CSPRNG. Ids made within one millisecond are strictly increasing
/// (the random part is incremented), also across threads.
std::string ulid();

/// `prefix_` + ULID, e.g. generate("prod") -> "prod_01JAB3...".
std::string generate(std::string_view prefix);

/// `count` random bytes from the CSPRNG, hex encoded (2 * count characters).
std::string randomHex(std::size_t count);

enum class ApiKeyKind { Publishable, Secret };

/// An API key token: `pk_` or `sk_` followed by 64 hex characters.
std::string apiKeyToken(ApiKeyKind kind);

/// Fills `size` bytes at `out` from the CSPRNG; throws if the generator fails.
void randomBytes(unsigned char* out, std::size_t size);

}  // namespace medusa::id
