// SPDX-License-Identifier: MIT
// medusa-server: parses the command line and runs the command (see cli/commands.h).
#include <csignal>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // A closed stdout (the desktop admin that started us has died) must not kill the process with
  // SIGPIPE in the middle of its shutdown, before the embedded PostgreSQL is stopped; writes
  // then simply fail.
  std::signal(SIGPIPE, SIG_IGN);
  return medusa::server::cli::run(argc, argv);
}
