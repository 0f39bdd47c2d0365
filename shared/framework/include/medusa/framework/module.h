// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/db/migration.h"
#include "medusa/framework/entity_service.h"
#include "medusa/framework/link_service.h"
#include "medusa/framework/schema.h"

namespace medusa::db {
class Pool;
}

namespace medusa::workflow {
class ServiceContainer;  // the workflow engine's container; modules register services in it
}

namespace medusa::framework {

class ModuleContext;

/// What a module declares (its `<name>_module.cpp`): name, entities, migrations, which
/// entities other modules may link to, and how its services are made.
struct ModuleDefinition {
  std::string name{};  ///< "product"
  std::vector<EntityDefinition> entities{};
  std::vector<db::Migration> migrations{};  ///< this module's, in file order
  /// Entities links may use (Medusa's `linkable`); empty = every entity of the module.
  std::vector<std::string> linkable{};
  /// Called once at boot, in module order: create the service(s) and register them in
  /// `context.services()` (when there is a container), register computed fields.
  std::function<void(ModuleContext&)> boot{};
};

/// What a module's boot function gets: the pool, Query, links, its own entities' services,
/// and the workflow container to register its services in.
class ModuleContext {
 public:
  ModuleContext(const ModuleDefinition& module, db::Pool& pool, QueryEngine& query,
                LinkService& links, workflow::ServiceContainer* services)
      : m_module(module), m_pool(pool), m_query(query), m_links(links), m_services(services) {}

  /// The module's name.
  const std::string& module() const noexcept { return m_module.name; }
  /// The module's declaration.
  const ModuleDefinition& definition() const noexcept { return m_module; }
  /// The database pool.
  db::Pool& pool() const noexcept { return m_pool; }
  /// Query, e.g. to register computed fields.
  QueryEngine& query() const noexcept { return m_query; }
  /// The link service.
  LinkService& links() const noexcept { return m_links; }
  /// The workflow container, or nullptr when booted without one (CLI commands).
  workflow::ServiceContainer* services() const noexcept { return m_services; }

  /// One of this module's entities; Error{InvalidArgument} for another module's.
  const EntitySchema& entity(std::string_view name) const;
  /// The generic repository of one of this module's entities.
  Repository repository(std::string_view entity) const;
  /// The generic service (repository + transactions) of one of this module's entities.
  EntityService service(std::string_view entity) const;

 private:
  const ModuleDefinition& m_module;
  db::Pool& m_pool;
  QueryEngine& m_query;
  LinkService& m_links;
  workflow::ServiceContainer* m_services;
};

/// Base for a module's service: an EntityService per entity of the module, so the hand-written
/// service only adds business rules:
///
///   class SalesChannelModuleService : public framework::ModuleService {
///    public:
///     using ModuleService::ModuleService;
///     json::array createSalesChannels(const json::array& data, db::TxContext* tx = nullptr) {
///       return entity("sales_channel").create(data, tx);
///     }
///   };
class ModuleService {
 public:
  /// Builds the entity services of `context`'s module.
  explicit ModuleService(const ModuleContext& context);
  virtual ~ModuleService() = default;
  ModuleService(const ModuleService&) = delete;
  ModuleService& operator=(const ModuleService&) = delete;

  /// The service of one entity of this module; Error{InvalidArgument} when unknown.
  const EntityService& entity(std::string_view name) const;
  /// The module's name.
  const std::string& moduleName() const noexcept { return m_module; }

 private:
  std::string m_module;
  std::map<std::string, EntityService, std::less<>> m_entities;
};

}  // namespace medusa::framework
