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

/// Parses argv and runs the chosen command.
int run(int argc, char** argv);

}  // namespace medusa::server::cli
