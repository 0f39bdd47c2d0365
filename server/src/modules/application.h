// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "medusa/core/config.h"

namespace medusa::db {
class Pool;
}
namespace medusa::framework {
class ModuleRegistry;
class QueryEngine;
}  // namespace medusa::framework
namespace medusa::workflow {
class ServiceContainer;
class WorkflowEngine;
}  // namespace medusa::workflow

namespace medusa::server {

/// Everything a serving process wires once at start, in the order DESIGN.md gives: the module
/// registry (modules, links, Query) booted over the pool, the service container steps resolve
/// from (with the event bus and locking) and the workflow engine. Routes get it to run workflows
/// and Query. In-process infrastructure for now; the Redis implementations plug in here.
class Application {
 public:
  Application(const Config& config, db::Pool& pool);
  ~Application();
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  framework::ModuleRegistry& modules() { return *m_modules; }
  framework::QueryEngine& query();
  workflow::ServiceContainer& services() { return *m_services; }
  workflow::WorkflowEngine& workflows() { return *m_workflows; }

 private:
  std::shared_ptr<workflow::ServiceContainer> m_services;
  std::unique_ptr<framework::ModuleRegistry> m_modules;
  std::unique_ptr<workflow::WorkflowEngine> m_workflows;
};

}  // namespace medusa::server
