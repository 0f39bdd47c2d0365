// SPDX-License-Identifier: MIT
#include "medusa/framework/schema.h"

#include <algorithm>

#include "medusa/core/error.h"

namespace medusa::framework {

namespace {

[[noreturn]] void invalid(const std::string& entity, const std::string& what) {
  throw Error(ErrorType::InvalidArgument, "Entity schema '" + entity + "': " + what);
}

void requireIdentifier(const std::string& entity, std::string_view name, std::string_view what) {
  if (!isSqlIdentifier(name)) {
    invalid(entity, std::string(what) + " '" + std::string(name) + "' is not a snake_case name");
  }
}

bool isTextual(ColumnKind kind) {
  return kind == ColumnKind::Text || kind == ColumnKind::Enum;
}

// The standard columns go around the declared ones: id first, timestamps last, so every
// entity's JSON reads the same way.
void addStandardColumns(EntityDefinition& def) {
  const auto has = [&](std::string_view name) {
    return std::any_of(def.columns.begin(), def.columns.end(),
                       [&](const ColumnDef& c) { return c.name == name; });
  };
  if (def.primaryKey == "id" && !has("id")) {
    def.columns.insert(def.columns.begin(), ColumnDef{"id", ColumnKind::Text, false});
  }
  if (def.timestamps) {
    if (!has("created_at")) def.columns.push_back({"created_at", ColumnKind::Timestamp, false});
    if (!has("updated_at")) def.columns.push_back({"updated_at", ColumnKind::Timestamp, false});
  }
  if (def.softDelete && !has("deleted_at")) {
    def.columns.push_back({"deleted_at", ColumnKind::Timestamp, true});
  }
}

std::string selectOf(const ColumnDef& column) {
  if (column.kind == ColumnKind::Timestamp) {
    // Formatted by PostgreSQL: independent of the session's DateStyle/TimeZone, and no
    // parsing on our side.
    return "to_char(t." + column.name + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
  }
  return "t." + column.name;
}

}  // namespace

bool isSqlIdentifier(std::string_view name) noexcept {
  if (name.empty() || name.size() > 63) return false;
  if (!(name[0] == '_' || (name[0] >= 'a' && name[0] <= 'z'))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

std::string humanize(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '_', ' ');
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

EntitySchema::EntitySchema(EntityDefinition definition, std::string module)
    : m_def(std::move(definition)), m_module(std::move(module)) {
  auto& def = m_def;
  requireIdentifier(def.name, def.name, "entity name");
  if (def.table.empty()) def.table = def.name;
  requireIdentifier(def.name, def.table, "table");
  if (def.displayName.empty()) def.displayName = humanize(def.name);
  addStandardColumns(def);

  for (std::size_t i = 0; i < def.columns.size(); ++i) {
    const auto& column = def.columns[i];
    requireIdentifier(def.name, column.name, "column");
    if (column.kind == ColumnKind::Enum && column.values.empty()) {
      invalid(def.name, "enum column '" + column.name + "' lists no values");
    }
    if (!m_index.emplace(column.name, static_cast<int>(i)).second) {
      invalid(def.name, "column '" + column.name + "' is declared twice");
    }
    m_select.push_back(selectOf(column));
    m_selectAll += (i ? ", " : "") + m_select.back();
  }
  m_pkIndex = columnIndex(def.primaryKey);
  if (m_pkIndex < 0) invalid(def.name, "primary key '" + def.primaryKey + "' is not a column");
  if (!def.rankColumn.empty() && columnIndex(def.rankColumn) < 0) {
    invalid(def.name, "rank column '" + def.rankColumn + "' is not a column");
  }

  for (const auto& relation : def.relations) {
    requireIdentifier(def.name, relation.name, "relation");
    if (m_index.count(relation.name)) {
      invalid(def.name, "relation '" + relation.name + "' has the name of a column");
    }
    requireIdentifier(def.name, relation.target, "relation target");
    if (relation.kind == RelationKind::ManyToMany) {
      requireIdentifier(def.name, relation.pivotTable, "pivot table");
      requireIdentifier(def.name, relation.pivotSourceColumn, "pivot column");
      requireIdentifier(def.name, relation.pivotTargetColumn, "pivot column");
    } else {
      requireIdentifier(def.name, relation.foreignKey, "foreign key");
      if (relation.kind == RelationKind::BelongsTo && columnIndex(relation.foreignKey) < 0) {
        invalid(def.name, "foreign key '" + relation.foreignKey + "' is not a column");
      }
    }
  }
  for (const auto& field : def.searchable) {
    if (field.find('.') != std::string::npos) continue;  // relation paths: checked by the graph
    const auto* column = this->column(field);
    if (!column || !isTextual(column->kind)) {
      invalid(def.name, "searchable '" + field + "' is not a text column");
    }
  }

  const std::string pk = "t." + def.primaryKey;
  m_childOrder =
      def.rankColumn.empty() ? pk + " ASC" : "t." + def.rankColumn + " ASC, " + pk + " ASC";
  m_listOrder = columnIndex("created_at") >= 0 ? "t.created_at ASC, " + pk + " ASC" : m_childOrder;
}

int EntitySchema::columnIndex(std::string_view name) const noexcept {
  const auto it = m_index.find(name);
  return it == m_index.end() ? -1 : it->second;
}

const ColumnDef* EntitySchema::column(std::string_view name) const noexcept {
  const int i = columnIndex(name);
  return i < 0 ? nullptr : &m_def.columns[static_cast<std::size_t>(i)];
}

const RelationDef* EntitySchema::relation(std::string_view name) const noexcept {
  for (const auto& relation : m_def.relations) {
    if (relation.name == name) return &relation;
  }
  return nullptr;
}

}  // namespace medusa::framework
