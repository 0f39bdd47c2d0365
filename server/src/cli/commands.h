// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "medusa/core/config.h"

/// The `medusa-server` commands, named as Medusa's CLI names them. Each returns the exit code.
namespace medusa::server::cli {

struct StartOptions {
  std::string mode = "shared";  // shared | server | worker
};

int start(Config config, const StartOptions& options);
int migrate(const Config& config);
int rollback(const Config& config, const std::vector<std::string>& modules);
/// `user -e EMAIL -p PASSWORD`: creates an admin user with its emailpass identity (0 / 1).
int createUser(const Config& config, const std::string& email, const std::string& password);
/// `seed --demo | --file F`: imports a catalog (idempotent); prints the publishable keys.
int seed(const Config& config, bool demo, const std::string& file);

/// Parses argv and runs the chosen command.
int run(int argc, char** argv);

}  // namespace medusa::server::cli
