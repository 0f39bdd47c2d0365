// SPDX-License-Identifier: MIT
// `start`: the composition root of a serving process. Configuration is loaded by the CLI; here
// come the database, the migrations (embedded database only), the routes and the listener.
#include <spdlog/spdlog.h>

#include "api/health/health_routes.h"
#include "api/route_list.h"
#include "api/store/common/publishable_key_cache.h"
#include "http/middleware/publishable_key_middleware.h"
#include "cli/commands.h"
#include "config/database_runtime.h"
#include "http/default_pipeline.h"
#include "http/middleware/auth_middleware.h"
#include "medusa/workflow/service_container.h"
#include "http/router.h"
#include "http/server.h"
#include "medusa/core/error.h"
#include "medusa/db/migration_runner.h"
#include "modules/application.h"
#include "modules/module_list.h"

namespace medusa::server::cli {

namespace {

constexpr const char* kDefaultSecret = "supersecret";

// Medusa's development defaults must never reach production: anyone could mint admin tokens.
void refuseDefaultSecretsInProduction(const Config& config) {
  if (!config.isProduction()) return;
  if (config.jwtSecret == kDefaultSecret || config.cookieSecret == kDefaultSecret) {
    throw Error(ErrorType::InvalidArgument,
                "NODE_ENV is production but JWT_SECRET or COOKIE_SECRET is the development default; "
                "set both to long random values");
  }
}

// The embedded database belongs to this server: keep it migrated. An external one is migrated
// by the operator (`db:migrate`), as with Medusa; say so when it lags behind.
void prepareSchema(DatabaseRuntime& database) {
  db::MigrationRunner runner(database.pool(), allMigrations());
  if (database.isEmbedded()) {
    const auto applied = runner.migrate();
    if (!applied.empty()) spdlog::info("applied {} migration(s)", applied.size());
    return;
  }
  if (const auto pending = runner.pending(); !pending.empty()) {
    spdlog::warn("{} migration(s) are pending: run `medusa-server db:migrate`", pending.size());
  }
}

}  // namespace

int start(Config config, const StartOptions& options) {
  refuseDefaultSecretsInProduction(config);
  DatabaseRuntime database(config);
  prepareSchema(database);
  Application application(config, database.pool());

  api::PublishableKeyCache keys(application.query());
  http::Router router;
  api::registerHealthRoutes(router);
  if (options.mode == "worker") {
    // Workers consume events and run jobs (they arrive with the Redis event bus); they answer
    // /health only, for process supervisors.
    spdlog::info("worker mode: serving /health only");
  } else {
    registerRoutes(router, application, config, keys);
  }

  auto chain = http::makeDefaultChain(
      config, [&router](http::Request& request) { return router.dispatch(request); });
  chain.use<http::AuthMiddleware>(config.jwtSecret, config.cookieSecret,
                                 application.services().resolveShared<infra::SessionStore>());
  chain.use<http::PublishableKeyMiddleware>(
      [&keys](std::string_view token) { return keys.resolve(token); });
  http::Server server(config, http::toHandler(std::move(chain)));
  server.start();
  spdlog::info("medusa-server ready on http://{}:{} ({} mode)", config.host, server.port(),
               options.mode);
  server.waitForSignal();
  spdlog::info("medusa-server stopped");
  return 0;
}

}  // namespace medusa::server::cli
