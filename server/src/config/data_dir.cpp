// SPDX-License-Identifier: MIT
#include "config/data_dir.h"

#include <cstdlib>

#include "medusa/core/process.h"

namespace medusa::server {

std::filesystem::path resolveDataDir(const Config& config) {
  if (!config.dataDir.empty()) return std::filesystem::absolute(config.dataDir);
  if (process::isRoot()) return "/var/lib/medusa-server";
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    return std::filesystem::path(xdg) / "medusa-server";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".local" / "share" / "medusa-server";
  }
  return std::filesystem::current_path() / ".medusa-server";
}

}  // namespace medusa::server
