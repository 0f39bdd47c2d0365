// SPDX-License-Identifier: MIT
// `seed --demo | --file catalog.json`: imports a catalog through the Admin API's workflows
// (seed/catalog_seed.h); idempotent, so it can run on every first start.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "config/database_runtime.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "medusa/core/process.h"
#include "medusa/db/maintenance.h"
#include "medusa/db/migration_runner.h"
#include "modules/application.h"
#include "modules/module_list.h"
#include "seed/catalog_seed.h"

namespace medusa::server::cli {

namespace {

namespace fs = std::filesystem;

// The demo catalog: MEDUSA_DEMO_CATALOG, else installed beside the binary
// (../share/medusa-server/demo), else the source tree this binary was built from.
fs::path demoCatalogPath() {
  if (const char* path = std::getenv("MEDUSA_DEMO_CATALOG"); path && *path) return path;
  const auto installed =
      process::executableDir() / "../share/medusa-server/demo/catalog.json";
  if (fs::exists(installed)) return installed;
  return fs::path(MEDUSA_SOURCE_DEMO_CATALOG);
}

boost::json::object readCatalog(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorType::InvalidData, "cannot read the catalog file " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  auto value = json::parse(text.str());
  if (!value.is_object()) {
    throw Error(ErrorType::InvalidData, "the catalog file must hold a JSON object");
  }
  return std::move(value.as_object());
}

}  // namespace

int seed(const Config& config, bool demo, const std::string& file) {
  if (demo == !file.empty()) {
    std::cerr << "seed: give either --demo or --file <catalog.json>\n";
    return 2;
  }
  try {
    const auto catalog = readCatalog(demo ? demoCatalogPath() : fs::path(file));
    DatabaseRuntime database(config);
    db::MigrationRunner runner(database.pool(), allMigrations());
    if (database.isEmbedded()) {
      runner.migrate();
    } else if (!runner.pending().empty()) {
      throw Error(ErrorType::NotAllowed,
                  "the database has pending migrations: run `medusa-server db:migrate` first");
    }
    Application application(config, database.pool());
    CatalogSeed importer(application.query(), application.workflows());
    const auto report = importer.run(catalog);
    if (report.created > 0) db::analyzeDatabase(database.pool());
    std::cout << "Seeded: " << report.created << " created, " << report.skipped
              << " already present\n";
    for (const auto& [title, token] : report.publishableKeys) {
      std::cout << "Publishable API key \"" << title << "\": " << token << "\n";
    }
    return 0;
  } catch (const Error& e) {
    std::cerr << "seed failed: " << e.message() << "\n";
    return 1;
  }
}

}  // namespace medusa::server::cli
