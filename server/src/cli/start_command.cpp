// SPDX-License-Identifier: MIT
// `start`: the composition root of a serving process. Configuration is loaded by the CLI; here
// come the database, the migrations (embedded database only), the routes and the listener.
#include <spdlog/spdlog.h>

#include "api/health/health_routes.h"
#include "api/route_list.h"
#include "api/store/common/publishable_key_cache.h"
#include "http/middleware/publishable_key_middleware.h"
#include "http/middleware/store_cache_middleware.h"
#include "cli/commands.h"
#include "config/database_runtime.h"
#include "http/default_pipeline.h"
#include "http/middleware/auth_middleware.h"
#include "medusa/workflow/service_container.h"
#include "http/query/list_limit.h"
#include "http/router.h"
#include "http/server.h"
#include "medusa/api_key/api_key_module_service.h"
#include "medusa/core/error.h"
#include "medusa/core/secret_policy.h"
#include "medusa/db/migration_runner.h"
#include "modules/application.h"
#include "modules/module_list.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/store/workflows/create_defaults_workflow.h"

namespace medusa::server::cli {

namespace {

// Anyone who knows or guesses a signing secret mints admin tokens and session cookies.
void refuseWeakSecrets(const Config& config) {
  if (auto problems = secretProblems(config); !problems.empty()) throw ConfigError(problems);
}

// The embedded database belongs to this server: keep it migrated. An external one is migrated
// by the operator (`db:migrate`), as with Medusa; say so when it lags behind.
// Returns whether the schema is current.
bool prepareSchema(DatabaseRuntime& database) {
  db::MigrationRunner runner(database.pool(), allMigrations());
  if (database.isEmbedded()) {
    const auto applied = runner.migrate();
    if (!applied.empty()) spdlog::info("applied {} migration(s)", applied.size());
    return true;
  }
  if (const auto pending = runner.pending(); !pending.empty()) {
    spdlog::warn("{} migration(s) are pending: run `medusa-server db:migrate`", pending.size());
    return false;
  }
  return true;
}

}  // namespace

int start(Config config, const StartOptions& options) {
  refuseWeakSecrets(config);
  http::setMaxListLimit(config.maxListLimit);
  DatabaseRuntime database(config);
  const bool schemaCurrent = prepareSchema(database);
  Application application(config, database.pool());

  // Medusa's createDefaultsWorkflow: a store and a default sales channel exist from the start
  // (on a schema that is current; a lagging one was reported above).
  if (schemaCurrent && options.mode != "worker") {
    application.workflows().run(workflows::createDefaultsWorkflow, boost::json::object{});
  }
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
  // Secret API keys on /admin resolve through the API key module (its own short-lived cache).
  const auto& apiKeys = application.services().resolve<api_key::ApiKeyModuleService>();
  chain.use<http::AuthMiddleware>(
      config.jwtSecret, config.cookieSecret,
      application.services().resolveShared<infra::SessionStore>(),
      [&apiKeys](std::string_view token) -> std::optional<std::string> {
        const auto key = apiKeys.authenticate(token);
        if (!key) return std::nullopt;
        return std::string(key->at("id").as_string());
      });
  chain.use<http::PublishableKeyMiddleware>(
      [&keys](std::string_view token) { return keys.resolve(token); });
  chain.use<http::StoreCacheMiddleware>(http::StoreCacheLimits{
      .ttl = std::chrono::milliseconds(config.storeCacheTtlMs),
      .maxEntries = static_cast<std::size_t>(config.storeCacheMaxEntries),
      .maxBytes = static_cast<std::size_t>(config.storeCacheMaxBytes),
      .maxEntryBytes = static_cast<std::size_t>(config.storeCacheMaxEntryBytes)});
  http::Server server(config, http::toHandler(std::move(chain)));
  server.start();
  spdlog::info("medusa-server ready on http://{}:{} ({} mode)", config.host, server.port(),
               options.mode);
  server.waitForSignal();
  spdlog::info("medusa-server stopped");
  return 0;
}

}  // namespace medusa::server::cli
