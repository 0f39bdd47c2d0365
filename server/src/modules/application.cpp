// SPDX-License-Identifier: MIT
#include "modules/application.h"

#include "links/link_list.h"
#include "medusa/framework/link_service.h"
#include "medusa/framework/module_registry.h"
#include "medusa/framework/query_engine.h"
#include "medusa/infra/memory_event_bus.h"
#include "medusa/infra/memory_locking.h"
#include "medusa/workflow/service_container.h"
#include "medusa/workflow/workflow_engine.h"
#include "modules/module_list.h"

namespace medusa::server {

Application::Application(const Config& /*config*/, db::Pool& pool)
    : m_services(std::make_shared<workflow::ServiceContainer>()),
      m_modules(std::make_unique<framework::ModuleRegistry>()) {
  // TODO(#5): pick the Redis event bus and locking when REDIS_URL is set.
  m_services->registerService<infra::EventBus>(std::make_shared<infra::MemoryEventBus>());
  m_services->registerService<infra::Locking>(std::make_shared<infra::MemoryLocking>());

  registerModules(*m_modules);
  registerLinks(*m_modules);
  m_modules->boot(pool, m_services.get());
  m_services->registerService(m_modules->queryShared());
  m_services->registerService(m_modules->linksShared());

  workflow::WorkflowEngineOptions options;
  options.container = m_services;
  m_workflows = std::make_unique<workflow::WorkflowEngine>(std::move(options));
}

Application::~Application() = default;

framework::QueryEngine& Application::query() { return m_modules->query(); }

}  // namespace medusa::server
