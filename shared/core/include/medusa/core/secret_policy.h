// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "medusa/core/config.h"

namespace medusa {

/// The shortest JWT_SECRET / COOKIE_SECRET accepted outside development: 32 bytes, the size
/// of an HMAC-SHA256 key (e.g. `openssl rand -hex 32`, which gives 64).
inline constexpr std::size_t kMinSecretBytes = 32;

/// What is wrong with the signing secrets for `config.environment`, one line per problem naming
/// its key (empty when they are fine). An empty secret is always refused (anyone could sign a
/// token); outside development on a loopback HOST (NODE_ENV production or test, or any
/// public address) a secret must also have
/// kMinSecretBytes bytes and must not be Medusa's development default "supersecret". The
/// secrets' values never appear in the messages.
std::vector<std::string> secretProblems(const Config& config);

}  // namespace medusa
