// SPDX-License-Identifier: MIT
// Private to medusa_framework: Medusa filter objects as parameterised SQL conditions.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/db/params.h"
#include "medusa/framework/entity_graph.h"
#include "medusa/framework/query_engine.h"

namespace medusa::framework::detail {

/// Compiles filters ({"status": "draft", "id": [..], "created_at": {"$gte": ..}, "$or": [..],
/// "q": "..", "variants": {"sku": ".."}, "sales_channel_id": ".."}) into a condition over a
/// table alias. Identifiers come only from the schema; every value becomes a parameter.
/// Relations inside a module and link tables become EXISTS subqueries; a condition on another
/// module's entity is looked up first (one statement) and enters as `key = ANY($n)`.
class FilterCompiler {
 public:
  /// Runs a key lookup for a cross-module condition and returns the first column's values.
  using KeyLookup = std::function<std::vector<std::string>(const std::string&, const db::Params&)>;

  /// With `access` (an untrusted caller's filters), nested filters may cross only the
  /// relations and aliases it lists, pattern operators are refused, and so is ordering
  /// through an unlisted relation. Filter aliases stay allowed (declared, one key each).
  FilterCompiler(const EntityGraph& graph, bool withDeleted, KeyLookup lookup,
                 const AccessPolicy* access = nullptr)
      : m_graph(graph), m_withDeleted(withDeleted), m_lookup(std::move(lookup)),
        m_access(access) {}

  /// The condition (empty when `filters` is empty). Unknown keys and operators, and values a
  /// column cannot hold, throw Error{InvalidData} naming the field.
  std::string compile(const EntityNode& entity, std::string_view alias,
                      const boost::json::object& filters, db::Params& params);

  /// ORDER BY terms for the entry alias "t", ending with the primary key as a tie-breaker.
  /// Fields: columns, or `relation.column` through a to-one relation of the same module.
  std::string orderBy(const EntityNode& entity, const std::vector<OrderBy>& order);

  /// " AND <alias>.deleted_at IS NULL" when the entity soft-deletes and deleted rows are out.
  std::string liveOnly(const EntitySchema& schema, std::string_view alias) const;

 private:
  std::string compileKey(const EntityNode& entity, std::string_view alias, std::string_view key,
                         const boost::json::value& value, db::Params& params);
  std::string compileColumn(const EntityNode& entity, std::string_view alias,
                            const ColumnDef& column, const boost::json::value& value,
                            db::Params& params);
  std::string compileOperator(const EntityNode& entity, const std::string& ref,
                              const ColumnDef& column, std::string_view op,
                              const boost::json::value& value, db::Params& params);
  std::string compileRelation(const EntityNode& entity, std::string_view alias,
                              const GraphRelation& relation, const boost::json::value& value,
                              db::Params& params);
  std::string compileSearch(const EntityNode& entity, std::string_view alias,
                            const boost::json::value& value, db::Params& params);
  std::string exists(const GraphRelation& relation, std::string_view alias,
                     std::string_view targetAlias, const std::string& inner) const;
  std::string nextAlias() { return "f" + std::to_string(++m_aliases); }
  /// The relation path after crossing `name` (for the access policy), or throws when the
  /// policy does not list it.
  std::string crossing(std::string_view name) const;
  bool checked() const noexcept { return m_access != nullptr; }
  /// `inner` plus the access policy's scope of `target` (a nested filter through a relation
  /// sees only the rows the store would show: no probing drafts or internal categories).
  std::string scoped(const EntityNode& target, const std::string& targetAlias, std::string inner,
                     db::Params& params);

  const EntityGraph& m_graph;
  bool m_withDeleted;
  KeyLookup m_lookup;
  const AccessPolicy* m_access;
  std::string m_path;  ///< relations crossed from the entry, while compiling nested filters
  int m_aliasSteps = 0;  ///< relation steps of an alias still to cross unchecked
  int m_aliases = 0;
};

}  // namespace medusa::framework::detail
