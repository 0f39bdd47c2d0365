// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/db/migration.h"
#include "medusa/framework/entity_graph.h"
#include "medusa/framework/link.h"
#include "medusa/framework/link_service.h"
#include "medusa/framework/module.h"
#include "medusa/framework/query_engine.h"
#include "medusa/framework/sql_runner.h"

namespace medusa::framework {

/// The modules and links of the application, wired at start (the composition root's list):
///
///   ModuleRegistry registry;
///   registry.addModule(product::moduleDefinition());
///   registry.addModule(salesChannel::moduleDefinition());
///   registry.addLink(links::productSalesChannel());
///   runner = db::MigrationRunner(pool, registry.migrations());   // db:migrate
///   registry.boot(pool, &container);   // graph, Query, links, then each module's boot()
///
/// Declarations are checked at boot (entities unique, relation targets in the same module,
/// links only between known linkable entities, field names unique per entity).
class ModuleRegistry {
 public:
  /// An empty registry.
  ModuleRegistry();
  ~ModuleRegistry();
  ModuleRegistry(const ModuleRegistry&) = delete;
  ModuleRegistry& operator=(const ModuleRegistry&) = delete;

  /// Adds a module; its position is its migration and boot order. Before boot() only.
  void addModule(ModuleDefinition module);
  /// Adds a stored link (its table migrates as module `link_<table>`). Before boot() only.
  void addLink(LinkDefinition link);
  /// Adds a read-only link. Before boot() only.
  void addReadOnlyLink(ReadOnlyLinkDefinition link);
  /// Adds an alias on an entity, e.g. ("product_variant", {"prices",
  /// {"price_set_link", "price_set", "prices"}}). Before boot() only.
  void addAlias(std::string entity, GraphAlias alias);

  /// Every migration: the modules' in module order, then one per link table.
  std::vector<db::Migration> migrations() const;

  /// Builds the entity graph, Query and the link service, then calls each module's boot()
  /// in order with `services` (may be null: nothing is registered, e.g. for CLI commands).
  /// Throws Error{InvalidArgument} naming the first inconsistent declaration.
  void boot(db::Pool& pool, workflow::ServiceContainer* services = nullptr);
  /// Whether boot() ran.
  bool booted() const noexcept { return m_query != nullptr; }

  /// Query (after boot).
  QueryEngine& query() const;
  /// Query as a shared pointer, to register in a container.
  std::shared_ptr<QueryEngine> queryShared() const;
  /// The link service (after boot).
  LinkService& links() const;
  /// The link service as a shared pointer.
  std::shared_ptr<LinkService> linksShared() const;
  /// The statement runner shared by repositories, links and Query (its count() and observer).
  SqlRunner& sql() noexcept { return m_sql; }
  /// The entity graph (after boot).
  const EntityGraph& graph() const;

  /// A module's declaration, or nullptr.
  const ModuleDefinition* module(std::string_view name) const;
  /// The linkable entities of a module (name, prefix, table, primary key, searchable).
  std::vector<const EntitySchema*> linkables(std::string_view module) const;

 private:
  void requireNotBooted(std::string_view what) const;
  void buildGraph();
  void checkSearchable() const;
  void checkLinkable(const LinkDefinition& link) const;

  std::vector<ModuleDefinition> m_modules;
  std::vector<LinkDefinition> m_links;
  std::vector<ReadOnlyLinkDefinition> m_readOnlyLinks;
  std::vector<std::pair<std::string, GraphAlias>> m_aliases;
  SqlRunner m_sql;
  std::shared_ptr<EntityGraph> m_graph;
  std::shared_ptr<QueryEngine> m_query;
  std::shared_ptr<LinkService> m_linkService;
};

}  // namespace medusa::framework
