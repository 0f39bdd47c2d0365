// SPDX-License-Identifier: MIT
// Link declarations: defaults, the link table as an entity, and its generated migration.
#include "medusa/core/error.h"
#include "medusa/framework/link.h"

namespace medusa::framework {

namespace {

std::string sqlType(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Bool:
      return "boolean";
    case ColumnKind::Integer:
      return "integer";
    case ColumnKind::Number:
    case ColumnKind::Money:
      return "numeric";
    case ColumnKind::Json:
      return "jsonb";
    case ColumnKind::Timestamp:
      return "timestamptz";
    case ColumnKind::Text:
    case ColumnKind::Enum:
      break;
  }
  return "text";
}

void fillSide(LinkSide& side, const LinkSide& other) {
  if (side.column.empty()) side.column = side.entity + "_id";
  if (side.linkField.empty()) side.linkField = other.entity + "_link";
  if (side.rowField.empty()) side.rowField = side.entity;
}

// Unique index over the live rows, named as pg_error.h expects so a violation reads
// `Product sales channel with product_id: p, sales_channel_id: s, already exists.`
std::string uniqueIndex(const std::string& table, const std::vector<std::string>& columns) {
  std::string name = "IDX_" + table;
  std::string list;
  for (const auto& column : columns) {
    name += "_" + column;
    list += (list.empty() ? "" : ", ") + column;
  }
  return "CREATE UNIQUE INDEX IF NOT EXISTS \"" + name + "_unique\" ON " + table + " (" + list +
         ") WHERE deleted_at IS NULL;\n";
}

std::string plainIndex(const std::string& table, const std::string& column) {
  return "CREATE INDEX IF NOT EXISTS \"IDX_" + table + "_" + column + "\" ON " + table + " (" +
         column + ") WHERE deleted_at IS NULL;\n";
}

}  // namespace

LinkDefinition normalized(LinkDefinition link) {
  if (!isSqlIdentifier(link.table)) {
    throw Error(ErrorType::InvalidArgument, "Link table '" + link.table + "' is not valid");
  }
  if (link.idPrefix.empty()) {
    throw Error(ErrorType::InvalidArgument, "Link " + link.table + " needs an id prefix");
  }
  fillSide(link.left, link.right);
  fillSide(link.right, link.left);
  if (link.left.column == link.right.column) {
    throw Error(ErrorType::InvalidArgument, "Link " + link.table + " uses one column twice");
  }
  return link;
}

EntityDefinition linkEntity(const LinkDefinition& link) {
  EntityDefinition entity{.name = link.table, .table = link.table, .idPrefix = link.idPrefix};
  entity.columns.push_back({link.left.column, ColumnKind::Text, false});
  entity.columns.push_back({link.right.column, ColumnKind::Text, false});
  for (const auto& extra : link.extraColumns) entity.columns.push_back(extra);
  return entity;
}

db::Migration linkMigration(const LinkDefinition& definition) {
  const auto link = normalized(definition);
  const auto& t = link.table;
  const auto& l = link.left.column;
  const auto& r = link.right.column;
  std::string up = "CREATE TABLE IF NOT EXISTS " + t + " (\n  id text NOT NULL,\n  " + l +
                   " text NOT NULL,\n  " + r + " text NOT NULL,\n";
  for (const auto& extra : link.extraColumns) {
    if (!isSqlIdentifier(extra.name)) {
      throw Error(ErrorType::InvalidArgument, "Link column '" + extra.name + "' is not valid");
    }
    up += "  " + extra.name + " " + sqlType(extra.kind) + (extra.nullable ? "" : " NOT NULL");
    // The default is declared by the link author, never by a request.
    if (!extra.sqlDefault.empty()) up += " DEFAULT " + extra.sqlDefault;
    up += ",\n";
  }
  up +=
      "  created_at timestamptz NOT NULL DEFAULT now(),\n"
      "  updated_at timestamptz NOT NULL DEFAULT now(),\n"
      "  deleted_at timestamptz NULL,\n"
      "  CONSTRAINT " +
      t + "_pkey PRIMARY KEY (id)\n);\n";
  up += uniqueIndex(t, {l, r});
  // Per side: unique where the cardinality allows one partner, else a plain lookup index.
  const bool leftOne = link.cardinality == LinkCardinality::OneToOne;
  const bool rightOne = link.cardinality != LinkCardinality::ManyToMany;
  up += leftOne ? uniqueIndex(t, {l}) : plainIndex(t, l);
  up += rightOne ? uniqueIndex(t, {r}) : plainIndex(t, r);
  up += "CREATE INDEX IF NOT EXISTS \"IDX_" + t + "_deleted_at\" ON " + t +
        " (deleted_at) WHERE deleted_at IS NOT NULL;\n";
  return db::Migration{"link_" + t, "0001_create_" + t,
                       up + "-- migrate:down\nDROP TABLE IF EXISTS " + t + ";\n"};
}

}  // namespace medusa::framework
