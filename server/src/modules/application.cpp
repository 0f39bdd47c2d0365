// SPDX-License-Identifier: MIT
#include "modules/application.h"

#include <spdlog/spdlog.h>

#include "links/link_list.h"
#include "medusa/framework/link_service.h"
#include "medusa/framework/module_registry.h"
#include "medusa/framework/query_engine.h"
#include "medusa/infra/memory_event_bus.h"
#include "medusa/infra/memory_locking.h"
#include "medusa/infra/memory_session_store.h"
#include "medusa/redis/client.h"
#include "medusa/redis/redis_session_store.h"
#include "medusa/workflow/postgres_workflow_execution_store.h"
#include "medusa/workflow/service_container.h"
#include "medusa/workflow/workflow_engine.h"
#include "modules/module_list.h"

namespace medusa::server {

Application::Application(const Config& config, db::Pool& pool)
    : m_services(std::make_shared<workflow::ServiceContainer>()),
      m_modules(std::make_unique<framework::ModuleRegistry>()) {
  // TODO(#5): pick the Redis event bus and locking when REDIS_URL is set.
  m_services->registerService<infra::EventBus>(std::make_shared<infra::MemoryEventBus>());
  m_services->registerService<infra::Locking>(std::make_shared<infra::MemoryLocking>());
  // Sessions live in Redis when REDIS_URL is set (they survive restarts), in memory otherwise.
  if (config.redisUrl.empty()) {
    m_services->registerService<infra::SessionStore>(
        std::make_shared<infra::MemorySessionStore>(
            static_cast<std::size_t>(config.sessionMaxEntries)));
  } else {
    auto client = std::make_shared<redis::Client>(redis::Client::Options{.url = config.redisUrl});
    m_services->registerService<infra::SessionStore>(
        std::make_shared<redis::RedisSessionStore>(std::move(client)));
  }

  registerModules(*m_modules);
  registerLinks(*m_modules);
  m_modules->boot(pool, m_services.get());
  registerLinkFields(m_modules->query(), *m_services);
  // Steps that need the project's settings (JWT secret...) read them here, not from their
  // inputs, which the durable workflow store writes to the database.
  m_services->registerService(std::make_shared<Config>(config));
  m_services->registerService(m_modules->queryShared());
  m_services->registerService(m_modules->linksShared());

  workflow::WorkflowEngineOptions options;
  options.container = m_services;
  if (config.workflowStore == "postgres") {
    options.store = std::make_shared<workflow::PostgresWorkflowExecutionStore>(pool);
  }
  m_workflows = std::make_unique<workflow::WorkflowEngine>(std::move(options));
  if (config.workflowStore == "postgres") {
    // Executions a crash left running are compensated (or resumed where a step is resumable).
    const auto report = m_workflows->recover();
    if (report.compensated + report.resumed > 0) {
      spdlog::warn("recovered workflow executions: {} compensated, {} resumed",
                   report.compensated, report.resumed);
    }
  }
}

Application::~Application() = default;

framework::QueryEngine& Application::query() { return m_modules->query(); }

}  // namespace medusa::server
