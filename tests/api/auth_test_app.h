// SPDX-License-Identifier: MIT
#pragma once

// The auth and user route families served in-process on a fresh database, for the tests of
// issue 5: the test reaches the event bus (reset tokens travel only in events) and the workflow
// engine (compensation tests), and speaks HTTP to the real listener over loopback.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "api/admin/invites/invite_routes.h"
#include "api/admin/users/user_routes.h"
#include "api/auth/auth_routes.h"
#include "api/auth/password_routes.h"
#include "config/database_runtime.h"
#include "http/default_pipeline.h"
#include "http/middleware/auth_middleware.h"
#include "http/router.h"
#include "http/server.h"
#include "medusa/auth/auth_module_service.h"
#include "medusa/db/migration_runner.h"
#include "medusa/infra/event_bus.h"
#include "medusa/workflow/service_container.h"
#include "medusa/workflow/workflow_engine.h"
#include "modules/application.h"
#include "modules/module_list.h"
#include "raw_client.h"
#include "test_services.h"
#include "workflows/user/workflows/create_user_account_workflow.h"

namespace medusa::test {

/// One server with the auth, users and invites routes behind the default middleware and the
/// admin guard.
class AuthTestApp {
 public:
  static constexpr const char* kJwtSecret = "auth-test-secret";

  /// `config` may carry test settings (throttle limits, CORS); database and secrets are set here.
  void start(const std::string& databasePrefix, Config config = {}) {
    config.databaseUrl = createDatabase(databasePrefix);
    config.host = "127.0.0.1";
    config.port = 0;
    config.jwtSecret = kJwtSecret;
    config.cookieSecret = "auth-test-cookie";
    config.workerThreads = 4;
    m_config = std::make_unique<Config>(config);
    m_database = std::make_unique<server::DatabaseRuntime>(*m_config);
    db::MigrationRunner(m_database->pool(), server::allMigrations()).migrate();
    m_app = std::make_unique<server::Application>(*m_config, m_database->pool());
    auto& services = m_app->services();
    const api::RouteScope scope{m_app->query(), m_app->workflows()};
    api::registerAuthRoutes(m_router, services.resolve<auth::AuthModuleService>(), *m_config);
    api::registerPasswordRoutes(m_router, services.resolve<auth::AuthModuleService>(), scope,
                                *m_config);
    api::registerAdminUserRoutes(m_router, scope);
    api::registerAdminInviteRoutes(m_router, scope, *m_config);
    auto chain = http::makeDefaultChain(
        *m_config, [this](http::Request& request) { return m_router.dispatch(request); });
    chain.use<http::AuthMiddleware>(m_config->jwtSecret, m_config->cookieSecret,
                                    services.resolveShared<infra::SessionStore>());
    services.resolve<infra::EventBus>().subscribe(std::string(infra::kAllEvents),
                                                  [this](const infra::Event& event) {
                                                    std::lock_guard lock(m_eventsMutex);
                                                    m_events.push_back(event);
                                                  });
    m_server = std::make_unique<http::Server>(*m_config, http::toHandler(std::move(chain)));
    m_server->start();
  }

  void stop() {
    if (m_server) m_server->stop();
    m_server.reset();
  }

  server::Application& application() { return *m_app; }
  std::uint16_t port() const { return m_server->port(); }
  workflow::WorkflowEngine& workflows() { return m_app->workflows(); }
  template <class T>
  T& service() {
    return m_app->services().resolve<T>();
  }

  /// An admin user with an emailpass login, as `medusa-server user` makes it; returns its id.
  std::string createAdmin(const std::string& email, const std::string& password) {
    const auto identity = service<auth::AuthModuleService>().registerIdentity(email, password);
    const boost::json::object input{{"auth_identity_id", identity.id},
                                    {"user_data", boost::json::object{{"email", email}}}};
    const auto run = workflows().run(server::workflows::createUserAccountWorkflow, input);
    return std::string(run.value().at("id").as_string());
  }

  /// `method path` with a JSON body (none when null) and extra header lines.
  /// `from` is the client's loopback address (127.0.0.1 when empty).
  RawResponse send(const std::string& method, const std::string& path,
                   const boost::json::value& body = nullptr, const std::string& headers = {},
                   const std::string& from = {}) {
    std::string request = method + " " + path + " HTTP/1.1\r\nHost: x\r\n" + headers;
    const auto text = body.is_null() ? std::string() : json::stringify(body);
    if (!text.empty()) request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + std::to_string(text.size()) + "\r\n\r\n" + text;
    return exchange(m_server->port(), request, false, from);
  }

  /// The token of a password login, "" when it fails.
  std::string login(const std::string& email, const std::string& password,
                    const std::string& actor = "user") {
    const auto response = send("POST", "/auth/" + actor + "/emailpass",
                               boost::json::object{{"email", email}, {"password", password}});
    if (response.status != 200) return {};
    return std::string(response.json().at("token").as_string());
  }

  /// Events delivered so far with this name (after draining the bus).
  std::vector<infra::Event> events(const std::string& name) {
    service<infra::EventBus>().drain();
    std::lock_guard lock(m_eventsMutex);
    std::vector<infra::Event> out;
    for (const auto& event : m_events) {
      if (event.name == name) out.push_back(event);
    }
    return out;
  }

 private:
  std::unique_ptr<Config> m_config;
  std::unique_ptr<server::DatabaseRuntime> m_database;
  std::unique_ptr<server::Application> m_app;
  http::Router m_router;
  std::unique_ptr<http::Server> m_server;
  std::mutex m_eventsMutex;
  std::vector<infra::Event> m_events;
};

/// `Authorization: Bearer <token>` as a header line.
inline std::string bearer(const std::string& token) {
  return "Authorization: Bearer " + token + "\r\n";
}

}  // namespace medusa::test
