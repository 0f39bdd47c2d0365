// SPDX-License-Identifier: MIT
#include "medusa/framework/module_registry.h"

#include <algorithm>

#include "link_graph.h"
#include "medusa/core/error.h"

namespace medusa::framework {

ModuleRegistry::ModuleRegistry() = default;
ModuleRegistry::~ModuleRegistry() = default;

void ModuleRegistry::requireNotBooted(std::string_view what) const {
  if (booted()) {
    throw Error(ErrorType::UnexpectedState, std::string(what) + " after the modules booted");
  }
}

void ModuleRegistry::addModule(ModuleDefinition module) {
  requireNotBooted("Module " + module.name + " added");
  if (!isSqlIdentifier(module.name) || this->module(module.name)) {
    throw Error(ErrorType::InvalidArgument,
                "Module name '" + module.name + "' is invalid or taken");
  }
  m_modules.push_back(std::move(module));
}

void ModuleRegistry::addLink(LinkDefinition link) {
  requireNotBooted("Link " + link.table + " added");
  m_links.push_back(normalized(std::move(link)));
}

void ModuleRegistry::addReadOnlyLink(ReadOnlyLinkDefinition link) {
  requireNotBooted("Link " + link.entity + "." + link.field + " added");
  m_readOnlyLinks.push_back(std::move(link));
}

void ModuleRegistry::addAlias(std::string entity, GraphAlias alias) {
  requireNotBooted("Alias " + entity + "." + alias.name + " added");
  m_aliases.emplace_back(std::move(entity), std::move(alias));
}

std::vector<db::Migration> ModuleRegistry::migrations() const {
  std::vector<db::Migration> all;
  for (const auto& module : m_modules) {
    all.insert(all.end(), module.migrations.begin(), module.migrations.end());
  }
  for (const auto& link : m_links) all.push_back(linkMigration(link));
  return all;
}

const ModuleDefinition* ModuleRegistry::module(std::string_view name) const {
  const auto it = std::find_if(m_modules.begin(), m_modules.end(),
                               [&](const ModuleDefinition& m) { return m.name == name; });
  return it == m_modules.end() ? nullptr : &*it;
}

std::vector<const EntitySchema*> ModuleRegistry::linkables(std::string_view name) const {
  std::vector<const EntitySchema*> out;
  const auto* definition = module(name);
  if (!definition) return out;
  for (const auto& entity : definition->entities) {
    const bool listed = definition->linkable.empty() ||
                        std::find(definition->linkable.begin(), definition->linkable.end(),
                                  entity.name) != definition->linkable.end();
    if (listed) out.push_back(&graph().schema(entity.name));
  }
  return out;
}

void ModuleRegistry::checkLinkable(const LinkDefinition& link) const {
  for (const auto* side : {&link.left, &link.right}) {
    const auto* node = m_graph->find(side->entity);
    if (!node) {
      throw Error(ErrorType::InvalidArgument,
                  "Link " + link.table + ": entity '" + side->entity + "' is not known");
    }
    const auto linkable = linkables(node->schema().module());
    if (std::find(linkable.begin(), linkable.end(), &node->schema()) == linkable.end()) {
      throw Error(ErrorType::InvalidArgument,
                  "Link " + link.table + ": entity '" + side->entity + "' is not linkable");
    }
  }
  if (m_graph->schema(link.left.entity).module() == m_graph->schema(link.right.entity).module()) {
    throw Error(ErrorType::InvalidArgument,
                "Link " + link.table + " joins one module to itself: use a relation");
  }
}

void ModuleRegistry::checkSearchable() const {
  for (const auto& [name, node] : m_graph->entities()) {
    for (const auto& field : node.schema().searchable()) {
      const auto dot = field.find('.');
      if (dot == std::string::npos) continue;
      const auto* relation = node.relation(std::string_view(field).substr(0, dot));
      if (!relation || relation->crossModule ||
          !relation->target->column(std::string_view(field).substr(dot + 1))) {
        throw Error(ErrorType::InvalidArgument,
                    "Entity '" + name + "': searchable '" + field + "' is not a relation column");
      }
    }
  }
}

void ModuleRegistry::buildGraph() {
  m_graph = std::make_shared<EntityGraph>();
  for (const auto& module : m_modules) {
    for (const auto& entity : module.entities) {
      m_graph->add(std::make_shared<const EntitySchema>(entity, module.name));
    }
  }
  m_graph->resolveModuleRelations();
  checkSearchable();
  for (const auto& link : m_links) {
    checkLinkable(link);
    detail::addLinkToGraph(*m_graph, link);
  }
  for (const auto& link : m_readOnlyLinks) detail::addReadOnlyLinkToGraph(*m_graph, link);
  for (const auto& [entity, alias] : m_aliases) m_graph->addAlias(entity, alias);
}

void ModuleRegistry::boot(db::Pool& pool, workflow::ServiceContainer* services) {
  requireNotBooted("boot() called");
  buildGraph();
  auto query = std::make_shared<QueryEngine>(pool, m_graph, m_sql);
  m_linkService = std::make_shared<LinkService>(pool, *query, m_links);
  m_query = std::move(query);
  for (const auto& module : m_modules) {
    if (!module.boot) continue;
    ModuleContext context(module, pool, *m_query, *m_linkService, services);
    module.boot(context);
  }
}

QueryEngine& ModuleRegistry::query() const {
  return *queryShared();
}

std::shared_ptr<QueryEngine> ModuleRegistry::queryShared() const {
  if (!m_query) throw Error(ErrorType::UnexpectedState, "Modules are not booted yet");
  return m_query;
}

LinkService& ModuleRegistry::links() const {
  return *linksShared();
}

std::shared_ptr<LinkService> ModuleRegistry::linksShared() const {
  if (!m_linkService) throw Error(ErrorType::UnexpectedState, "Modules are not booted yet");
  return m_linkService;
}

const EntityGraph& ModuleRegistry::graph() const {
  if (!m_graph) throw Error(ErrorType::UnexpectedState, "Modules are not booted yet");
  return *m_graph;
}

}  // namespace medusa::framework
