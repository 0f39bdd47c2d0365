// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include "medusa/core/config.h"

namespace medusa::server {

/// Where the server keeps its embedded database and other local state: `--data-dir` /
/// MEDUSA_DATA_DIR if given; as root /var/lib/medusa-server (the `postgres` user must be able to
/// reach it); otherwise $XDG_DATA_HOME/medusa-server or ~/.local/share/medusa-server.
std::filesystem::path resolveDataDir(const Config& config);

}  // namespace medusa::server
