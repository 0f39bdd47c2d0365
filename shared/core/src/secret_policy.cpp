// SPDX-License-Identifier: MIT
#include "medusa/core/secret_policy.h"

#include <string_view>

namespace medusa {

namespace {

constexpr std::string_view kDevelopmentDefault = "supersecret";
constexpr std::string_view kWhereWeakIsFine = "NODE_ENV=development on a loopback HOST";

// Only this machine can reach the server: a forgotten NODE_ENV on a public address must not
// leave a secret anyone can mint admin tokens with.
bool loopback(std::string_view host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.starts_with("127.");
}

void check(std::string_view key, const std::string& secret, bool development,
           std::vector<std::string>& problems) {
  const std::string hint = "; set it to a random value of at least " +
                           std::to_string(kMinSecretBytes) + " bytes (openssl rand -hex 32)";
  if (secret.empty()) {
    problems.push_back(std::string(key) + ": must not be empty" + hint);
  } else if (development) {
    return;
  } else if (secret == kDevelopmentDefault) {
    problems.push_back(std::string(key) + ": is the development default, refused outside " +
                       std::string(kWhereWeakIsFine) + hint);
  } else if (secret.size() < kMinSecretBytes) {
    problems.push_back(std::string(key) + ": is " + std::to_string(secret.size()) +
                       " bytes, refused outside " + std::string(kWhereWeakIsFine) + hint);
  }
}

}  // namespace

std::vector<std::string> secretProblems(const Config& config) {
  const bool development = config.environment == "development" && loopback(config.host);
  std::vector<std::string> problems;
  check("JWT_SECRET", config.jwtSecret, development, problems);
  check("COOKIE_SECRET", config.cookieSecret, development, problems);
  return problems;
}

}  // namespace medusa
