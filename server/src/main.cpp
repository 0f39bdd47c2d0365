// SPDX-License-Identifier: MIT
// medusa-server: parses the command line and runs the command (see cli/commands.h).
#include "cli/commands.h"

int main(int argc, char** argv) { return medusa::server::cli::run(argc, argv); }
