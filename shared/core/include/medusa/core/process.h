// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

/// Running helper programs (initdb, pg_ctl, redis-server) without a shell.
namespace medusa::process {

struct Spec {
  std::vector<std::string> argv;               // argv[0] is the program path (or a name on PATH)
  std::optional<std::string> runAsUser;        // drop to this user in the child (when root)
  std::optional<std::filesystem::path> output;  // stdout+stderr appended here; else /dev/null
};

/// Runs the program to completion and returns its exit status (128 + signal if killed).
/// Throws Error{UnexpectedState} if it cannot be started.
int run(const Spec& spec);

/// Runs the program and returns what it printed on stdout (stderr is discarded); nullopt when
/// it cannot be started or exits non-zero.
std::optional<std::string> capture(const std::vector<std::string>& argv);

/// True when the current process runs as root.
bool isRoot();

/// uid and gid of a user; nullopt when there is no such user.
struct UserIds {
  unsigned uid;
  unsigned gid;
};
std::optional<UserIds> lookupUser(const std::string& name);

/// Directory of the running executable (/proc/self/exe on Linux).
std::filesystem::path executableDir();

}  // namespace medusa::process
