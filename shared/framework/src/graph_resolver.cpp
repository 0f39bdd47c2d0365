// SPDX-License-Identifier: MIT
// Fetching: the entry statement and one batched statement per relation node.
#include "graph_resolver.h"

#include <unordered_set>

#include "filter_compiler.h"
#include "medusa/core/error.h"
#include "value_codec.h"

namespace medusa::framework::detail {

namespace bj = boost::json;

namespace {

using Col = pqxx::row::size_type;

bool needed(const FieldNode& node, std::size_t column) {
  return node.emit[column] || node.keep[column] || node.raw[column];
}

}  // namespace

FilterCompiler::KeyLookup GraphResolver::keyLookup() {
  return [this](const std::string& sql, const db::Params& params) {
    const auto result = exec(sql, params);
    std::vector<std::string> keys;
    keys.reserve(result.size());
    for (const auto& row : result) keys.emplace_back(row[0].c_str());
    return keys;
  };
}

pqxx::result GraphResolver::exec(const std::string& sql, const db::Params& params) {
  ++m_statements;
  return m_sql.runPrepared(m_tx, sql, params);
}

void GraphResolver::readCells(Rows& rows) {
  rows.width = static_cast<std::size_t>(rows.result.columns());
  rows.cells.reserve(rows.result.size() * rows.width);
  for (const auto& row : rows.result) {
    for (auto field = row.begin(), end = row.end(); field != end; ++field) {
      rows.cells.push_back(cellText(field));
    }
  }
}

std::string GraphResolver::selectList(const FieldNode& node, const GraphRelation* incoming,
                                      std::vector<int>& columnAt, int firstColumn) const {
  const auto& schema = node.entity->schema();
  const auto& columns = schema.columns();
  std::vector<char> select(columns.size(), 0);
  for (std::size_t c = 0; c < columns.size(); ++c) select[c] = needed(node, c) ? 1 : 0;
  // Keys: the primary key always (never an empty list), the columns children join on, and
  // the column this node's rows are grouped by under their parents.
  select[static_cast<std::size_t>(schema.primaryKeyIndex())] = 1;
  for (const auto& child : node.children) {
    select[static_cast<std::size_t>(schema.columnIndex(child.relation->sourceKey))] = 1;
  }
  if (incoming && incoming->pivotTable.empty()) {
    select[static_cast<std::size_t>(schema.columnIndex(incoming->targetKey))] = 1;
  }
  std::string sql;
  sql.reserve(columns.size() * 24);
  columnAt.assign(columns.size(), -1);
  int at = firstColumn;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (!select[c]) continue;
    if (at != firstColumn) sql += ", ";
    sql += schema.selectExpression(c);
    columnAt[c] = at++;
  }
  return sql;
}

GraphResolver::Rows GraphResolver::fetchEntry(const FieldNode& root, GraphResult& out) {
  const auto& entity = *root.entity;
  const auto& schema = entity.schema();
  const auto& page = m_query.pagination;
  if ((page.limit && *page.limit < 0) || page.offset < 0) {
    throw Error(ErrorType::InvalidData, "limit and offset must not be negative");
  }
  FilterCompiler compiler(m_graph, withDeleted(), keyLookup(), m_query.access.get());
  db::Params params;
  const auto where = compiler.compile(entity, "t", m_query.filters, params);
  std::string from = " FROM " + schema.table() + " t WHERE TRUE" + compiler.liveOnly(schema, "t");
  if (!where.empty()) from += " AND " + where;

  Rows rows;
  std::string sql = "SELECT " + selectList(root, nullptr, rows.columnAt, 0);
  if (m_query.count) sql += ", count(*) OVER()";
  sql += from + " ORDER BY " + compiler.orderBy(entity, page.order);
  db::Params pageParams = params;
  if (page.limit) sql += " LIMIT " + pageParams.add(*page.limit);
  if (page.offset > 0) sql += " OFFSET " + pageParams.add(page.offset);
  rows.result = exec(sql, pageParams);

  if (m_query.count) {
    if (!rows.result.empty()) {
      // count(*) OVER () is computed before LIMIT: one statement for page and total.
      const auto& first = rows.result[0];
      out.count = first[static_cast<Col>(first.size() - 1)].as<std::int64_t>();
    } else if (page.offset > 0) {
      out.count = exec("SELECT count(*)" + from, params)[0][0].as<std::int64_t>();
    }
  }
  readCells(rows);
  decode(root, rows);
  return rows;
}

GraphResolver::Rows GraphResolver::fetchRelated(const FieldNode& node,
                                                const GraphRelation& relation,
                                                const std::vector<std::string_view>& keys) {
  const auto& schema = node.entity->schema();
  // An untrusted caller sees related rows only as the entity's own route would show them.
  const bj::object* scope = m_query.access ? m_query.access->scopeOf(schema.name()) : nullptr;
  FilterCompiler compiler(m_graph, withDeleted(), scope ? keyLookup() : nullptr);
  db::Params params;
  Rows rows;
  std::string sql = "SELECT ";
  if (relation.pivotTable.empty()) {
    sql += selectList(node, &relation, rows.columnAt, 0) + " FROM " + schema.table() +
           " t WHERE t." + relation.targetKey + " = ANY(" + params.addArray(keys) + ")";
    rows.groupKey = rows.columnAt[static_cast<std::size_t>(schema.columnIndex(relation.targetKey))];
  } else {
    // Pivot inside the module: one join, grouped by the pivot's parent column.
    sql += "p." + relation.targetKey + ", " + selectList(node, &relation, rows.columnAt, 1) +
           " FROM " + schema.table() + " t JOIN " + relation.pivotTable + " p ON p." +
           relation.pivotTargetColumn + " = t." + schema.primaryKey() + " WHERE p." +
           relation.targetKey + " = ANY(" + params.addArray(keys) + ")";
    rows.groupKey = 0;
  }
  sql += compiler.liveOnly(schema, "t");
  if (scope) {
    if (const auto condition = compiler.compile(*node.entity, "t", *scope, params);
        !condition.empty()) {
      sql += " AND " + condition;
    }
  }
  sql += " ORDER BY " + schema.defaultChildOrder();
  rows.result = exec(sql, params);
  readCells(rows);
  decode(node, rows);
  return rows;
}

void GraphResolver::decode(const FieldNode& node, Rows& rows) const {
  const auto& columns = node.entity->schema().columns();
  std::vector<std::string> rawNames(columns.size());
  std::size_t width = node.children.size() + node.computed.size() + node.aliases.size();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (node.emit[c] || node.keep[c]) ++width;
    if (node.raw[c]) {
      rawNames[c] = "raw_" + columns[c].name;
      ++width;
    }
  }
  const auto count = rows.result.size();
  rows.objects.reserve(count);
  for (std::size_t r = 0; r < count; ++r) {
    bj::object object(width, m_storage);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (rows.columnAt[c] < 0) continue;
      const auto cell = rows.cell(r, rows.columnAt[c]);
      if (node.emit[c] || node.keep[c]) {
        emplaceColumn(object, columns[c].name, cell, columns[c].kind);
      }
      if (node.raw[c]) object.emplace(rawNames[c], decodeRaw(cell, m_storage));
    }
    rows.objects.push_back(std::move(object));
  }
}

void GraphResolver::complete(const FieldNode& node, Rows& rows) {
  const auto& schema = node.entity->schema();
  for (const auto& child : node.children) {
    const auto column =
        rows.columnAt[static_cast<std::size_t>(schema.columnIndex(child.relation->sourceKey))];
    std::unordered_set<std::string_view> seen;
    std::vector<std::string_view> keys;
    for (std::size_t r = 0; r < rows.objects.size(); ++r) {
      const auto key = rows.cell(r, column);
      if (key.data() && seen.insert(key).second) keys.push_back(key);
    }
    Rows related;
    if (!keys.empty()) {  // no parent has a key: nothing to ask, no statement
      related = fetchRelated(*child.node, *child.relation, keys);
      complete(*child.node, related);
    }
    attach(child, column, rows, related);
  }
  // Aliases first: a computed field may depend on one (`prices` for calculated_price).
  flattenAliases(node, rows);
  computeFields(node, rows);
}

GraphResult GraphResolver::run(const FieldNode& tree) {
  GraphResult out{.rows = bj::array(m_storage)};
  out.offset = m_query.pagination.offset;
  out.limit = m_query.pagination.limit;
  auto rows = fetchEntry(tree, out);
  if (m_query.throwIfKeyNotFound) checkKeysFound(rows);
  complete(tree, rows);
  std::vector<bj::object*> objects;
  objects.reserve(rows.objects.size());
  for (auto& object : rows.objects) objects.push_back(&object);
  strip(tree, objects);
  out.rows.reserve(rows.objects.size());
  for (auto& object : rows.objects) out.rows.emplace_back(std::move(object));
  if (!m_query.count) out.count = static_cast<std::int64_t>(out.rows.size());
  out.statements = m_statements;
  return out;
}

void GraphResolver::checkKeysFound(const Rows& rows) const {
  const auto& schema = m_graph.schema(m_query.entity);
  const auto* requested = m_query.filters.if_contains(schema.primaryKey());
  if (!requested) return;
  std::vector<std::string> wanted;
  if (requested->is_array()) {
    for (const auto& id : requested->get_array()) wanted.push_back(keyText(id));
  } else if (!requested->is_object()) {
    wanted.push_back(keyText(*requested));
  }
  const auto column = rows.columnAt[static_cast<std::size_t>(schema.primaryKeyIndex())];
  std::unordered_set<std::string_view> found;
  for (std::size_t r = 0; r < rows.objects.size(); ++r) found.insert(rows.cell(r, column));
  for (const auto& id : wanted) {
    if (!found.count(id)) {
      throw Error(ErrorType::NotFound, schema.displayName() + " id not found: " + id);
    }
  }
}

}  // namespace medusa::framework::detail
