// SPDX-License-Identifier: MIT
// Inserts: batched multi-row INSERTs, generated ids, nested children and pivot rows.
#include <algorithm>
#include <unordered_map>

#include "medusa/core/error.h"
#include "medusa/core/id.h"
#include "medusa/framework/repository.h"
#include "value_codec.h"

namespace medusa::framework {

namespace bj = boost::json;

namespace {

// PostgreSQL takes at most 65535 parameters per statement; stay well below.
constexpr std::size_t kMaxParameters = 30'000;

bool isNested(const RelationDef& relation) {
  return relation.kind != RelationKind::BelongsTo;
}

}  // namespace

bj::object Repository::create(db::TxContext& tx, const bj::object& row) const {
  auto rows = create(tx, bj::array{row});
  return std::move(rows.front().as_object());
}

bj::array Repository::create(db::TxContext& tx, const bj::array& rows) const {
  std::vector<const bj::object*> objects;
  objects.reserve(rows.size());
  for (const auto& row : rows) {
    if (!row.is_object()) {
      throw Error(ErrorType::InvalidData, "Each " + m_schema->name() + " must be an object");
    }
    objects.push_back(&row.get_object());
  }
  bj::array created;
  created.reserve(objects.size());
  std::vector<std::string> ids;
  ids.reserve(objects.size());
  const std::size_t perRow = std::max<std::size_t>(1, m_schema->columns().size());
  const std::size_t chunk = std::max<std::size_t>(1, kMaxParameters / perRow);
  for (std::size_t start = 0; start < objects.size(); start += chunk) {
    const auto end = std::min(objects.size(), start + chunk);
    std::vector<const bj::object*> part(objects.begin() + static_cast<std::ptrdiff_t>(start),
                                        objects.begin() + static_cast<std::ptrdiff_t>(end));
    auto inserted = insertRows(tx, part, ids);
    for (auto& row : inserted) created.push_back(std::move(row));
  }
  createChildren(tx, objects, ids, created);
  return created;
}

bj::array Repository::insertRows(db::TxContext& tx, const std::vector<const bj::object*>& rows,
                                 std::vector<std::string>& ids) const {
  const auto& columns = m_schema->columns();
  const auto& name = m_schema->name();
  const auto pk = static_cast<std::size_t>(m_schema->primaryKeyIndex());
  std::vector<char> present(columns.size(), 0);
  present[pk] = 1;
  for (const auto* row : rows) {
    for (const auto& [key, value] : *row) {
      const std::string_view k = key;
      if (const int c = m_schema->columnIndex(k); c >= 0) {
        present[static_cast<std::size_t>(c)] = 1;
      } else if (const auto* relation = m_schema->relation(k); relation && isNested(*relation)) {
        continue;  // createChildren
      } else if (!(k.starts_with("raw_") && m_schema->column(k.substr(4)))) {
        throw Error(ErrorType::InvalidData, "Unknown field '" + std::string(k) + "' for " + name);
      }
    }
  }
  const bool stamped = m_schema->timestamps();
  const auto stamp = [&](std::size_t c) {
    return stamped && (columns[c].name == "created_at" || columns[c].name == "updated_at");
  };
  std::string sql = "INSERT INTO " + m_schema->table() + " AS t (";
  bool first = true;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (stamp(c)) present[c] = 1;
    if (!present[c]) continue;
    sql += (first ? "" : ", ") + columns[c].name;
    first = false;
  }
  sql += ") VALUES ";
  db::Params params;
  std::vector<std::string> chunkIds;
  chunkIds.reserve(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = *rows[r];
    sql += r ? ", (" : "(";
    first = true;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (!present[c]) continue;
      if (!first) sql += ", ";
      first = false;
      const auto* value = row.if_contains(columns[c].name);
      if (c == pk) {
        std::string id;
        if (value && !value->is_null()) {
          id = detail::encodeColumn(columns[c], *value, name).value_or("");
        } else if (!m_schema->idPrefix().empty()) {
          id = id::generate(m_schema->idPrefix());
        } else {
          throw Error(ErrorType::InvalidData, "Each " + name + " needs its " + columns[c].name);
        }
        sql += params.add(id);
        chunkIds.push_back(std::move(id));
      } else if (value) {
        sql += params.add(detail::encodeColumn(columns[c], *value, name));
      } else {
        sql += stamp(c) ? "now()" : "DEFAULT";
      }
    }
    sql += ')';
  }
  sql += " RETURNING " + m_schema->selectAll();
  const auto result = m_query->sql().run(tx, sql, params);
  // RETURNING order is not promised: put the rows back in input order by primary key.
  std::unordered_map<std::string_view, pqxx::result::size_type> byId;
  const auto pkColumn = static_cast<pqxx::row::size_type>(pk);
  for (pqxx::result::size_type i = 0; i < result.size(); ++i) {
    byId.emplace(result[i][pkColumn].c_str(), i);
  }
  bj::array out;
  out.reserve(rows.size());
  for (const auto& id : chunkIds) {
    out.push_back(detail::decodeRow(*m_schema, result[byId.at(id)]));
  }
  ids.insert(ids.end(), chunkIds.begin(), chunkIds.end());
  return out;
}

void Repository::createChildren(db::TxContext& tx, const std::vector<const bj::object*>& rows,
                                const std::vector<std::string>& ids, bj::array& created) const {
  for (const auto& relation : m_schema->relations()) {
    if (!isNested(relation)) continue;
    bj::array children;
    std::vector<std::size_t> owners;
    std::vector<std::string> pivotSource, pivotTarget;
    std::vector<char> given(rows.size(), 0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto* value = rows[i]->if_contains(relation.name);
      if (!value || value->is_null()) continue;
      given[i] = 1;
      const auto visit = [&](const bj::value& item) {
        if (relation.kind == RelationKind::ManyToMany) {
          const auto* id = item.is_object() ? item.get_object().if_contains("id") : &item;
          if (!id || !id->is_string()) {
            throw Error(ErrorType::InvalidData, relation.name + " takes ids");
          }
          pivotSource.push_back(ids[i]);
          pivotTarget.emplace_back(id->get_string());
          return;
        }
        if (!item.is_object()) {
          throw Error(ErrorType::InvalidData, relation.name + " takes objects");
        }
        auto child = item.get_object();
        child.insert_or_assign(relation.foreignKey, bj::string(ids[i]));
        children.push_back(std::move(child));
        owners.push_back(i);
      };
      if (value->is_array()) {
        for (const auto& item : value->get_array()) visit(item);
      } else {
        visit(*value);
      }
    }
    if (relation.kind == RelationKind::ManyToMany) {
      if (pivotSource.empty()) continue;
      db::Params params;
      const auto sql = "INSERT INTO " + relation.pivotTable + " (" + relation.pivotSourceColumn +
                       ", " + relation.pivotTargetColumn + ") SELECT * FROM unnest(" +
                       params.addArray(pivotSource) + "::text[], " + params.addArray(pivotTarget) +
                       "::text[]) ON CONFLICT DO NOTHING";
      m_query->sql().run(tx, sql, params);
      continue;
    }
    auto made =
        children.empty() ? bj::array{} : Repository(*m_query, relation.target).create(tx, children);
    std::vector<bj::array> perParent(rows.size());
    for (std::size_t k = 0; k < made.size(); ++k) {
      perParent[owners[k]].push_back(std::move(made[k]));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (!given[i]) continue;
      auto& parent = created[i].as_object();
      if (relation.kind == RelationKind::HasOne) {
        parent.insert_or_assign(
            relation.name, perParent[i].empty() ? bj::value(nullptr) : std::move(perParent[i][0]));
      } else {
        parent.insert_or_assign(relation.name, std::move(perParent[i]));
      }
    }
  }
}

}  // namespace medusa::framework
