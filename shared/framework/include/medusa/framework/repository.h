// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/query_engine.h"

namespace medusa::framework {

/// What list/retrieve read (Medusa's FindConfig): filters, fields (the entity's scalars and
/// relations inside its module; links are Query's business), pagination, soft-deleted rows.
struct FindOptions {
  boost::json::object filters{};
  std::vector<std::string> fields{};  ///< empty: {"*"}
  Pagination pagination{};
  bool withDeleted = false;
};

/// A page of rows and the total count before limit/offset.
struct ListResult {
  boost::json::array rows{};
  std::int64_t count = 0;
};

/// Ids touched by softDelete/restore/remove, by entity name, cascades included (what link
/// steps need to soft-delete or restore the links of those entities).
using AffectedIds = std::map<std::string, std::vector<std::string>>;

/// The generic repository of one entity, built from its schema (Medusa's MedusaService data
/// access): every statement is parameterised SQL generated from the schema. Rows are
/// Boost.JSON objects in Medusa's wire shape. Methods run inside the given transaction.
class Repository {
 public:
  /// The repository of `entity` (throws Error{InvalidData} when the graph has no such entity).
  Repository(const QueryEngine& query, std::string_view entity);

  /// The entity's schema.
  const EntitySchema& schema() const noexcept { return *m_schema; }

  /// Rows matching options.filters (filter syntax as GraphQuery::filters).
  boost::json::array list(db::TxContext& tx, const FindOptions& options = {}) const;
  /// list() plus the count before limit/offset.
  ListResult listAndCount(db::TxContext& tx, const FindOptions& options = {}) const;
  /// One row by primary key; Error{NotFound} `<Entity> with id: <id> was not found`.
  boost::json::object retrieve(db::TxContext& tx, std::string_view id,
                               const FindOptions& options = {}) const;

  /// Inserts rows in one statement (per 1000) and returns them with every column, in input
  /// order. Ids are generated with the entity's prefix unless given; created_at/updated_at are
  /// set. Nested arrays under a HasMany/HasOne relation are created as children (with their
  /// foreign key set) and returned under the relation; a ManyToMany relation takes ids
  /// (["id"] or [{"id": ..}]) and fills the pivot; relations are created in declaration
  /// order, one statement per relation level. Unknown keys: Error{InvalidData}; unique
  /// violations: Error{InvalidData} (`Product with handle: x, already exists.`).
  boost::json::array create(db::TxContext& tx, const boost::json::array& rows) const;
  /// create() for one row.
  boost::json::object create(db::TxContext& tx, const boost::json::object& row) const;

  /// Partial updates, each row naming its primary key; sets updated_at. A missing (or
  /// soft-deleted) row: Error{NotFound} `<Entity> with id: <id> was not found`.
  boost::json::array update(db::TxContext& tx, const boost::json::array& rows) const;
  /// The same partial update for every live row matching `selector` (filter syntax).
  boost::json::array update(db::TxContext& tx, const boost::json::object& selector,
                            const boost::json::object& data) const;

  /// Sets deleted_at on the rows and, through cascadeDelete relations, their children.
  AffectedIds softDelete(db::TxContext& tx, const std::vector<std::string>& ids) const;
  /// Clears deleted_at on the rows and their cascaded children.
  AffectedIds restore(db::TxContext& tx, const std::vector<std::string>& ids) const;
  /// Deletes the rows for good, cascaded children first.
  AffectedIds remove(db::TxContext& tx, const std::vector<std::string>& ids) const;

 private:
  GraphQuery toQuery(const FindOptions& options) const;
  boost::json::array insertRows(db::TxContext& tx,
                                const std::vector<const boost::json::object*>& rows,
                                std::vector<std::string>& ids) const;
  void createChildren(db::TxContext& tx, const std::vector<const boost::json::object*>& rows,
                      const std::vector<std::string>& ids, boost::json::array& created) const;
  std::string setClause(const boost::json::object& data, db::Params& params) const;
  void cascade(db::TxContext& tx, const EntitySchema& schema, std::string_view key,
               const std::vector<std::string>& ids, bool restore, AffectedIds& out) const;
  void removeWhere(db::TxContext& tx, const EntitySchema& schema, std::string_view key,
                   const std::vector<std::string>& ids, AffectedIds& out) const;
  [[noreturn]] void notFound(std::string_view id) const;

  const QueryEngine* m_query;
  const EntityNode* m_node;
  const EntitySchema* m_schema;
};

}  // namespace medusa::framework
