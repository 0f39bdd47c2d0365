// SPDX-License-Identifier: MIT
// Reads (through Query, scoped to the module), updates and deletes.
#include "medusa/framework/repository.h"

#include "filter_compiler.h"
#include "medusa/core/error.h"
#include "value_codec.h"

namespace medusa::framework {

namespace bj = boost::json;

Repository::Repository(const QueryEngine& query, std::string_view entity)
    : m_query(&query), m_node(&query.entities().entity(entity)), m_schema(&m_node->schema()) {}

void Repository::notFound(std::string_view id) const {
  throw Error(ErrorType::NotFound,
              m_schema->displayName() + " with id: " + std::string(id) + " was not found");
}

GraphQuery Repository::toQuery(const FindOptions& options) const {
  GraphQuery query;
  query.entity = m_schema->name();
  query.fields = options.fields;
  query.filters = options.filters;
  query.pagination = options.pagination;
  query.withDeleted = options.withDeleted;
  query.moduleScope = m_schema->module();
  return query;
}

bj::array Repository::list(db::TxContext& tx, const FindOptions& options) const {
  return m_query->graph(toQuery(options), &tx).rows;
}

ListResult Repository::listAndCount(db::TxContext& tx, const FindOptions& options) const {
  auto query = toQuery(options);
  query.count = true;
  auto result = m_query->graph(query, &tx);
  return {std::move(result.rows), result.count};
}

bj::object Repository::retrieve(db::TxContext& tx, std::string_view id,
                                const FindOptions& options) const {
  auto query = toQuery(options);
  query.filters.insert_or_assign(m_schema->primaryKey(), bj::string(id));
  query.pagination = {};
  auto result = m_query->graph(query, &tx);
  if (id.empty() || result.rows.empty()) notFound(id);
  return std::move(result.rows.front().as_object());
}

std::string Repository::setClause(const bj::object& data, db::Params& params) const {
  std::string sql;
  bool touched = false;
  for (const auto& [key, value] : data) {
    const auto* column = m_schema->column(key);
    if (key == m_schema->primaryKey()) continue;  // names the row, never changes
    if (!column) {
      const std::string_view k = key;
      const bool raw = k.starts_with("raw_") && m_schema->column(k.substr(4));
      if (raw) continue;  // the companion echoes the amount given next to it
      throw Error(ErrorType::InvalidData,
                  "Unknown field '" + std::string(k) + "' for " + m_schema->name());
    }
    if (column->name == "created_at" || column->name == "deleted_at") continue;
    if (!sql.empty()) sql += ", ";
    sql +=
        column->name + " = " + params.add(detail::encodeColumn(*column, value, m_schema->name()));
    touched = touched || column->name == "updated_at";
  }
  // No column to change: no statement (updated_at alone would fake a change).
  if (!sql.empty() && m_schema->timestamps() && !touched) sql += ", updated_at = now()";
  return sql;
}

bj::array Repository::update(db::TxContext& tx, const bj::array& rows) const {
  bj::array out;
  out.reserve(rows.size());
  const auto& pk = m_schema->primaryKey();
  const std::string live = m_schema->softDelete() ? " AND t.deleted_at IS NULL" : "";
  for (const auto& row : rows) {
    const auto* object = row.if_object();
    const auto* id = object ? object->if_contains(pk) : nullptr;
    if (!id || !id->is_string()) {
      throw Error(ErrorType::InvalidData,
                  "Each " + m_schema->name() + " to update needs its " + pk);
    }
    db::Params params;
    const auto set = setClause(*object, params);
    if (set.empty()) {  // nothing to change: still a not-found check and the current row
      out.push_back(retrieve(tx, std::string_view(id->get_string())));
      continue;
    }
    const auto sql = "UPDATE " + m_schema->table() + " AS t SET " + set + " WHERE t." + pk + " = " +
                     params.add(std::string(id->get_string())) + live + " RETURNING " +
                     m_schema->selectAll();
    const auto result = m_query->sql().run(tx, sql, params);
    if (result.empty()) notFound(std::string_view(id->get_string()));
    out.push_back(detail::decodeRow(*m_schema, result[0]));
  }
  return out;
}

bj::array Repository::update(db::TxContext& tx, const bj::object& selector,
                             const bj::object& data) const {
  db::Params params;
  const auto set = setClause(data, params);
  if (set.empty()) return list(tx, {.filters = selector});
  detail::FilterCompiler compiler(
      m_query->entities(), false, [&](const std::string& sql, const db::Params& lookupParams) {
        std::vector<std::string> keys;
        for (const auto& row : m_query->sql().run(tx, sql, lookupParams)) {
          keys.emplace_back(row[0].c_str());
        }
        return keys;
      });
  const auto where = compiler.compile(*m_node, "t", selector, params);
  auto sql = "UPDATE " + m_schema->table() + " AS t SET " + set + " WHERE TRUE" +
             compiler.liveOnly(*m_schema, "t");
  if (!where.empty()) sql += " AND " + where;
  sql += " RETURNING " + m_schema->selectAll();
  const auto result = m_query->sql().run(tx, sql, params);
  bj::array out;
  out.reserve(result.size());
  for (const auto& row : result) out.push_back(detail::decodeRow(*m_schema, row));
  return out;
}

void Repository::cascade(db::TxContext& tx, const EntitySchema& schema, std::string_view key,
                         const std::vector<std::string>& ids, bool restore,
                         AffectedIds& out) const {
  if (ids.empty()) return;
  if (!schema.softDelete()) {
    throw Error(ErrorType::InvalidArgument, schema.name() + " has no soft delete");
  }
  db::Params params;
  const auto sql = "UPDATE " + schema.table() +
                   " SET deleted_at = " + (restore ? "NULL" : "now()") + " WHERE " +
                   std::string(key) + " = ANY(" + params.addArray(ids) + ") AND deleted_at IS " +
                   (restore ? "NOT NULL" : "NULL") + " RETURNING " + schema.primaryKey();
  const auto result = m_query->sql().run(tx, sql, params);
  std::vector<std::string> touched;
  touched.reserve(result.size());
  for (const auto& row : result) touched.emplace_back(row[0].c_str());
  if (touched.empty()) return;
  auto& list = out[schema.name()];
  list.insert(list.end(), touched.begin(), touched.end());
  for (const auto& relation : schema.relations()) {
    if (!relation.cascadeDelete || relation.kind == RelationKind::BelongsTo ||
        relation.kind == RelationKind::ManyToMany) {
      continue;
    }
    cascade(tx, m_query->entities().schema(relation.target), relation.foreignKey, touched, restore,
            out);
  }
}

AffectedIds Repository::softDelete(db::TxContext& tx, const std::vector<std::string>& ids) const {
  AffectedIds out;
  cascade(tx, *m_schema, m_schema->primaryKey(), ids, false, out);
  return out;
}

AffectedIds Repository::restore(db::TxContext& tx, const std::vector<std::string>& ids) const {
  AffectedIds out;
  cascade(tx, *m_schema, m_schema->primaryKey(), ids, true, out);
  return out;
}

void Repository::removeWhere(db::TxContext& tx, const EntitySchema& schema, std::string_view key,
                             const std::vector<std::string>& ids, AffectedIds& out) const {
  if (ids.empty()) return;
  db::Params params;
  const auto rows =
      m_query->sql().run(tx,
                         "SELECT " + schema.primaryKey() + " FROM " + schema.table() + " WHERE " +
                             std::string(key) + " = ANY(" + params.addArray(ids) + ")",
                         params);
  std::vector<std::string> found;
  for (const auto& row : rows) found.emplace_back(row[0].c_str());
  if (found.empty()) return;
  // Children first, so foreign keys without ON DELETE CASCADE hold.
  for (const auto& relation : schema.relations()) {
    if (relation.cascadeDelete &&
        (relation.kind == RelationKind::HasMany || relation.kind == RelationKind::HasOne)) {
      removeWhere(tx, m_query->entities().schema(relation.target), relation.foreignKey, found, out);
    }
  }
  db::Params deleteParams;
  m_query->sql().run(tx,
                     "DELETE FROM " + schema.table() + " WHERE " + schema.primaryKey() + " = ANY(" +
                         deleteParams.addArray(found) + ")",
                     deleteParams);
  auto& list = out[schema.name()];
  list.insert(list.end(), found.begin(), found.end());
}

AffectedIds Repository::remove(db::TxContext& tx, const std::vector<std::string>& ids) const {
  AffectedIds out;
  removeWhere(tx, *m_schema, m_schema->primaryKey(), ids, out);
  return out;
}

}  // namespace medusa::framework
