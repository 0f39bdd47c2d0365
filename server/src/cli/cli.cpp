// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "medusa/core/error.h"
#include "medusa/core/log.h"
#include "server_version.h"

namespace medusa::server::cli {

namespace {

// Loads configuration (environment over file) and sets up logging from it.
Config loadAndLog(const std::optional<std::string>& configFile, const std::string& dataDir) {
  std::optional<std::filesystem::path> file;
  if (configFile) {
    file = *configFile;
  } else if (std::filesystem::exists("medusa-config.json")) {
    file = "medusa-config.json";
  }
  Config config = loadConfig(processEnvironment(), file);
  if (!dataDir.empty()) config.dataDir = dataDir;
  log::init({config.logFormat == "json" ? log::Format::Json : log::Format::Text, config.logLevel});
  return config;
}

// argv without the program name, reversed (as CLI11 takes it), with `db:migrate` as `db migrate`.
std::vector<std::string> splitColonCommand(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto colon = arg.find(':');
    if (arg.starts_with("db:") && colon + 1 < arg.size()) {
      args.push_back(arg.substr(0, colon));
      args.push_back(arg.substr(colon + 1));
    } else {
      args.push_back(arg);
    }
  }
  std::reverse(args.begin(), args.end());
  return args;
}

int notYet(const std::string& command, const std::string& issue) {
  std::cerr << "medusa-server " << command << ": not available in this build yet (" << issue
            << ").\n";
  return 1;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"Medusa v2 compatible commerce server", "medusa-server"};
  app.set_version_flag("-v,--version",
                       std::string("medusa-server ") + kServerVersion + " (" + kServerGitSha + ")");
  app.require_subcommand(1);

  std::optional<std::string> configFile;
  std::string dataDir;
  app.add_option("-c,--config", configFile,
                 "medusa-config.json to read (default: ./medusa-config.json when present)")
      ->check(CLI::ExistingFile);
  app.add_option("--data-dir", dataDir,
                 "Directory for the embedded PostgreSQL and local state (default: per-user data "
                 "directory; /var/lib/medusa-server as root)");

  StartOptions startOptions;
  auto* start = app.add_subcommand("start", "Start the HTTP server (embedded PostgreSQL when "
                                            "DATABASE_URL is unset)");
  start->add_option("--mode", startOptions.mode,
                    "server: HTTP only; worker: background jobs only (arrives with the event bus); "
                    "shared: both")
      ->check(CLI::IsMember({"shared", "server", "worker"}));
  std::optional<int> port;
  start->add_option("-p,--port", port, "Port to listen on (default: PORT or 9000)")
      ->check(CLI::Range(0, 65535));

  // Medusa spells these `db:migrate`; CLI11 forbids ':' in names, so `db:x` is split into
  // `db x` before parsing (see splitColonCommand) and both spellings work.
  auto* dbCommand = app.add_subcommand("db", "Database commands: db:migrate, db:rollback");
  dbCommand->require_subcommand(1);
  auto* migrate = dbCommand->add_subcommand("migrate", "Apply pending database migrations");
  std::vector<std::string> rollbackModules;
  auto* rollback = dbCommand->add_subcommand("rollback", "Revert the last batch of migrations");
  rollback->add_option("modules", rollbackModules, "Only these modules (default: all)");

  std::string email;
  std::string password;
  auto* user = app.add_subcommand("user", "Create an admin user");
  user->add_option("-e,--email", email, "E-mail address")->required();
  user->add_option("-p,--password", password, "Password")->required();

  bool demo = false;
  std::string seedFile;
  auto* seed = app.add_subcommand("seed", "Load a catalog: the demo store or a catalog file");
  seed->add_flag("--demo", demo, "Load the demo store");
  seed->add_option("-f,--file", seedFile, "Catalog JSON file to import");

  std::string script;
  auto* exec = app.add_subcommand("exec", "Run a script against the store");
  exec->add_option("file", script, "Script to run")->required();

  try {
    app.parse(splitColonCommand(argc, argv));
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  try {
    const Config config = loadAndLog(configFile, dataDir);
    if (*start) {
      Config startConfig = config;
      if (port) startConfig.port = *port;
      return cli::start(startConfig, startOptions);
    }
    if (*migrate) return cli::migrate(config);
    if (*rollback) return cli::rollback(config, rollbackModules);
    if (*user) return cli::createUser(config, email, password);
    if (*seed) return cli::seed(config, demo, seedFile);
    if (*exec) return notYet("exec", "scripts arrive with the framework");
  } catch (const ConfigError& e) {
    std::cerr << "medusa-server: " << e.what() << "\n";
    return 2;
  } catch (const Error& e) {
    spdlog::critical("{}", e.message());
    return 1;
  } catch (const std::exception& e) {
    spdlog::critical("{}", e.what());
    return 1;
  }
  return 0;
}

}  // namespace medusa::server::cli
