// SPDX-License-Identifier: MIT
#include "medusa/core/secret_policy.h"

#include <string_view>

namespace medusa {

namespace {

constexpr std::string_view kDevelopmentDefault = "supersecret";

void check(std::string_view key, const std::string& secret, bool development,
           std::vector<std::string>& problems) {
  const std::string hint = "; set it to a random value of at least " +
                           std::to_string(kMinSecretBytes) + " bytes (openssl rand -hex 32)";
  if (secret.empty()) {
    problems.push_back(std::string(key) + ": must not be empty" + hint);
  } else if (development) {
    return;
  } else if (secret == kDevelopmentDefault) {
    problems.push_back(std::string(key) +
                       ": is the development default, refused outside NODE_ENV=development" + hint);
  } else if (secret.size() < kMinSecretBytes) {
    problems.push_back(std::string(key) + ": is " + std::to_string(secret.size()) +
                       " bytes, refused outside NODE_ENV=development" + hint);
  }
}

}  // namespace

std::vector<std::string> secretProblems(const Config& config) {
  const bool development = config.environment == "development";
  std::vector<std::string> problems;
  check("JWT_SECRET", config.jwtSecret, development, problems);
  check("COOKIE_SECRET", config.cookieSecret, development, problems);
  return problems;
}

}  // namespace medusa
