// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "medusa/framework/schema.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::framework {

/// How Query reaches related rows: rows of `target` whose `targetKey` equals the parent's
/// `sourceKey` (through `pivotTable` for many-to-many inside a module). Every relation of the
/// graph has this one shape: module relations, link rows, and read-only links alike.
struct GraphRelation {
  std::string name{};
  const EntitySchema* target = nullptr;
  std::string sourceKey{};  ///< column of the parent
  std::string targetKey{};  ///< column of the target (pivot: the pivot's source column)
  bool many = false;        ///< array (1:n) or object (1:1) on the wire
  std::string pivotTable{};
  std::string pivotTargetColumn{};  ///< pivot column holding the target's primary key
  /// The target belongs to another module: Query reads it with its own statement and filters
  /// through it with a separate lookup, never with a join.
  bool crossModule = false;
};

/// A field that reads through a path of relations and hides it, as Medusa's link aliases do:
/// `product.sales_channels` = `sales_channels_link.sales_channel`. Many if any step is many.
struct GraphAlias {
  std::string name{};
  std::vector<std::string> path{};
};

/// A filter key that stands for a relation path plus a column: on product,
/// `sales_channel_id` = `{sales_channels_link: {sales_channel_id: ...}}`.
struct FilterAlias {
  std::string name{};
  std::vector<std::string> path{};
  std::string column{};
};

/// What a computed field's resolver gets: all parent rows of one level at once.
struct ComputedBatch {
  std::string_view entity{};
  std::string_view field{};
  /// The parent rows as built so far (selected fields plus the field's `dependencies`).
  std::span<boost::json::object* const> rows;
  /// The graph context at this field's path (context["variants"]["calculated_price"]), or {}.
  const boost::json::object& args;
  /// The whole graph context (region_id, currency_code, ...).
  const boost::json::object& context;
  db::TxContext& tx;
  /// Where the rows live (GraphQuery::storage): values built there are stored without a copy.
  boost::json::storage_ptr storage{};
};

/// Returns one value per row, in the rows' order.
using ComputedResolver = std::function<std::vector<boost::json::value>(const ComputedBatch&)>;

/// A field computed by a module, e.g. `product_variant.calculated_price`.
struct ComputedField {
  std::string name{};
  /// Field paths the resolver reads from the parent rows (fetched, then removed from the
  /// output unless selected): {"id"}, {"price_set_link.price_set_id"}.
  std::vector<std::string> dependencies{};
  ComputedResolver resolver{};
};

/// An entity with everything Query can reach from it.
class EntityNode {
 public:
  /// A node for `schema`, with its relations added by EntityGraph.
  explicit EntityNode(std::shared_ptr<const EntitySchema> schema) : m_schema(std::move(schema)) {}

  /// The entity's schema.
  const EntitySchema& schema() const noexcept { return *m_schema; }
  /// The relation (module relation, link rows or read-only link) named so, or nullptr.
  const GraphRelation* relation(std::string_view name) const;
  /// The alias named so, or nullptr.
  const GraphAlias* alias(std::string_view name) const;
  /// The filter alias named so, or nullptr.
  const FilterAlias* filterAlias(std::string_view name) const;
  /// The computed field named so, or nullptr.
  const ComputedField* computed(std::string_view name) const;
  /// Whether `name` is already used by a column, relation, alias or computed field.
  bool hasField(std::string_view name) const;

 private:
  friend class EntityGraph;
  std::shared_ptr<const EntitySchema> m_schema;
  std::map<std::string, GraphRelation, std::less<>> m_relations;
  std::map<std::string, GraphAlias, std::less<>> m_aliases;
  std::map<std::string, FilterAlias, std::less<>> m_filterAliases;
  std::map<std::string, ComputedField, std::less<>> m_computed;
};

/// Every entity of every module, with module relations, link relations, aliases and computed
/// fields. Built at startup by ModuleRegistry, then only read (concurrently).
class EntityGraph {
 public:
  /// Adds an entity; throws Error{InvalidArgument} when the name is taken.
  EntityNode& add(std::shared_ptr<const EntitySchema> schema);
  /// The entity, or nullptr.
  const EntityNode* find(std::string_view name) const;
  /// The entity; throws Error{InvalidData} `Entity 'x' is not known` when there is none.
  const EntityNode& entity(std::string_view name) const;
  /// The schema of an entity (same error as entity()).
  const EntitySchema& schema(std::string_view name) const { return entity(name).schema(); }

  /// Adds a relation to `entity`; throws Error{InvalidArgument} when the field name is used.
  void addRelation(std::string_view owner, GraphRelation relation);
  /// Adds an alias; its path must consist of relations (checked here).
  void addAlias(std::string_view owner, GraphAlias alias);
  /// Adds a filter alias (silently skipped when the name is a column: the column wins).
  void addFilterAlias(std::string_view owner, FilterAlias alias);
  /// Adds a computed field (name not used yet, resolver set).
  void addComputed(std::string_view owner, ComputedField field);

  /// Links each module's RelationDefs to their targets (called once all entities are in).
  void resolveModuleRelations();

  /// All entities, by name.
  const std::unordered_map<std::string, EntityNode, StringHash, std::equal_to<>>& entities()
      const noexcept {
    return m_nodes;
  }

 private:
  EntityNode& mutableNode(std::string_view name);
  std::unordered_map<std::string, EntityNode, StringHash, std::equal_to<>> m_nodes;
};

}  // namespace medusa::framework
