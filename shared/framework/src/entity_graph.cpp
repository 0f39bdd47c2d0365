// SPDX-License-Identifier: MIT
#include "medusa/framework/entity_graph.h"

#include "medusa/core/error.h"

namespace medusa::framework {

namespace {

[[noreturn]] void invalid(std::string_view entity, const std::string& what) {
  throw Error(ErrorType::InvalidArgument, "Entity '" + std::string(entity) + "': " + what);
}

template <class Map>
auto findIn(const Map& map, std::string_view name) -> decltype(&map.begin()->second) {
  const auto it = map.find(name);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

const GraphRelation* EntityNode::relation(std::string_view name) const {
  return findIn(m_relations, name);
}
const GraphAlias* EntityNode::alias(std::string_view name) const {
  return findIn(m_aliases, name);
}
const FilterAlias* EntityNode::filterAlias(std::string_view name) const {
  return findIn(m_filterAliases, name);
}
const ComputedField* EntityNode::computed(std::string_view name) const {
  return findIn(m_computed, name);
}

bool EntityNode::hasField(std::string_view name) const {
  return m_schema->columnIndex(name) >= 0 || relation(name) || alias(name) || computed(name);
}

EntityNode& EntityGraph::add(std::shared_ptr<const EntitySchema> schema) {
  const std::string name = schema->name();
  auto [it, inserted] = m_nodes.try_emplace(name, std::move(schema));
  if (!inserted) invalid(name, "declared twice (entity names are unique over all modules)");
  return it->second;
}

const EntityNode* EntityGraph::find(std::string_view name) const {
  const auto it = m_nodes.find(name);
  return it == m_nodes.end() ? nullptr : &it->second;
}

const EntityNode& EntityGraph::entity(std::string_view name) const {
  if (const auto* node = find(name)) return *node;
  throw Error(ErrorType::InvalidData, "Entity '" + std::string(name) + "' is not known");
}

EntityNode& EntityGraph::mutableNode(std::string_view name) {
  const auto it = m_nodes.find(name);
  if (it == m_nodes.end()) {
    throw Error(ErrorType::InvalidArgument, "Entity '" + std::string(name) + "' is not known");
  }
  return it->second;
}

void EntityGraph::addRelation(std::string_view owner, GraphRelation relation) {
  auto& node = mutableNode(owner);
  if (node.hasField(relation.name)) invalid(owner, "field '" + relation.name + "' exists");
  if (!relation.target) invalid(owner, "relation '" + relation.name + "' has no target");
  if (node.schema().columnIndex(relation.sourceKey) < 0 ||
      (relation.pivotTable.empty() && relation.target->columnIndex(relation.targetKey) < 0)) {
    invalid(owner, "relation '" + relation.name + "' names a key column that does not exist");
  }
  const std::string name = relation.name;
  node.m_relations.emplace(name, std::move(relation));
}

void EntityGraph::addAlias(std::string_view owner, GraphAlias alias) {
  auto& node = mutableNode(owner);
  if (node.hasField(alias.name)) invalid(owner, "field '" + alias.name + "' exists");
  if (alias.path.empty()) invalid(owner, "alias '" + alias.name + "' has an empty path");
  const EntityNode* at = &node;
  for (const auto& step : alias.path) {
    const auto* relation = at->relation(step);
    if (!relation) invalid(owner, "alias '" + alias.name + "': '" + step + "' is no relation");
    at = &this->entity(relation->target->name());
  }
  const std::string name = alias.name;
  node.m_aliases.emplace(name, std::move(alias));
}

void EntityGraph::addFilterAlias(std::string_view owner, FilterAlias alias) {
  auto& node = mutableNode(owner);
  if (node.hasField(alias.name)) return;
  const std::string name = alias.name;
  node.m_filterAliases.emplace(name, std::move(alias));
}

void EntityGraph::addComputed(std::string_view owner, ComputedField field) {
  auto& node = mutableNode(owner);
  if (node.hasField(field.name)) invalid(owner, "field '" + field.name + "' exists");
  if (!field.resolver) invalid(owner, "computed field '" + field.name + "' has no resolver");
  const std::string name = field.name;
  node.m_computed.emplace(name, std::move(field));
}

void EntityGraph::resolveModuleRelations() {
  for (auto& [name, node] : m_nodes) {
    const auto& schema = node.schema();
    for (const auto& def : schema.relations()) {
      const auto* target = find(def.target);
      if (!target || target->schema().module() != schema.module()) {
        invalid(name, "relation '" + def.name + "' targets '" + def.target +
                          "', which is not an entity of module '" + schema.module() + "'");
      }
      GraphRelation relation{def.name, &target->schema(), schema.primaryKey(), def.foreignKey};
      switch (def.kind) {
        case RelationKind::BelongsTo:
          relation.sourceKey = def.foreignKey;
          relation.targetKey = target->schema().primaryKey();
          break;
        case RelationKind::HasOne:
          break;
        case RelationKind::HasMany:
          relation.many = true;
          break;
        case RelationKind::ManyToMany:
          relation.many = true;
          relation.targetKey = def.pivotSourceColumn;
          relation.pivotTable = def.pivotTable;
          relation.pivotTargetColumn = def.pivotTargetColumn;
          break;
      }
      addRelation(name, std::move(relation));
    }
  }
}

}  // namespace medusa::framework
