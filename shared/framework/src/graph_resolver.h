// SPDX-License-Identifier: MIT
// Private to medusa_framework: runs one graph query over a field tree.
#pragma once

#include <boost/json/object.hpp>
#include <pqxx/pqxx>
#include <string>
#include <string_view>
#include <vector>

#include "field_tree.h"
#include "filter_compiler.h"
#include "medusa/db/params.h"
#include "medusa/framework/query_engine.h"

namespace medusa::framework::detail {

/// One graph call: the entry statement, then one statement per relation node of the field
/// tree (none when no parent row has a key for it), computed fields once per node, aliases
/// flattened, hidden helpers removed at the end.
class GraphResolver {
 public:
  GraphResolver(const EntityGraph& graph, SqlRunner& sql, db::TxContext& tx,
                const GraphQuery& query)
      : m_graph(graph), m_sql(sql), m_tx(tx), m_query(query), m_storage(query.storage) {}

  /// Runs the query for `tree` (built for query.entity).
  GraphResult run(const FieldNode& tree);

 private:
  /// The rows of one node: the statement's result and the JSON built from it.
  struct Rows {
    pqxx::result result;
    /// The result's cells row by row, read once as views into `result` (cellText): each
    /// pqxx field access copies a reference-counted handle to the result.
    std::vector<std::string_view> cells;
    std::size_t width = 0;  ///< result columns
    std::vector<boost::json::object> objects;
    std::vector<int> columnAt;  ///< schema column index -> result column, or -1
    int groupKey = -1;          ///< result column matched against the parent's key

    std::string_view cell(std::size_t row, int column) const {
      return cells[row * width + static_cast<std::size_t>(column)];
    }
  };

  /// The SELECT list for `node` plus the key columns its relations need.
  std::string selectList(const FieldNode& node, const GraphRelation* incoming,
                         std::vector<int>& columnAt, int firstColumn) const;
  Rows fetchEntry(const FieldNode& root, GraphResult& result);
  Rows fetchRelated(const FieldNode& node, const GraphRelation& relation,
                    const std::vector<std::string_view>& keys);
  void decode(const FieldNode& node, Rows& rows) const;
  void complete(const FieldNode& node, Rows& rows);
  void attach(const FieldNode::Child& child, int sourceColumn, Rows& parent, Rows& related) const;
  void computeFields(const FieldNode& node, Rows& rows);
  void flattenAliases(const FieldNode& node, Rows& rows) const;
  void strip(const FieldNode& node, const std::vector<boost::json::object*>& rows) const;
  void checkKeysFound(const Rows& rows) const;
  pqxx::result exec(const std::string& sql, const db::Params& params);
  /// Runs a cross-module key lookup of the filter compiler as one of this query's statements.
  FilterCompiler::KeyLookup keyLookup();
  /// Soft-deleted rows are never shown to an untrusted caller (GraphQuery::access).
  bool withDeleted() const noexcept { return m_query.withDeleted && !m_query.access; }
  static void readCells(Rows& rows);

  const EntityGraph& m_graph;
  SqlRunner& m_sql;
  db::TxContext& m_tx;
  const GraphQuery& m_query;
  boost::json::storage_ptr m_storage;  ///< where every row is built (GraphQuery::storage)
  std::size_t m_statements = 0;
};

}  // namespace medusa::framework::detail
