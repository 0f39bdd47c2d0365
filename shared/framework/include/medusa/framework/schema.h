// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

/// Entities declared as data: what the generic repository, the link tables and the Query engine
/// build their SQL and JSON from. Identifiers in SQL only ever come from here, never from input.
namespace medusa::framework {

/// Hash for unordered maps keyed by std::string that are looked up with string_view.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

/// How a column is stored and how it appears on the wire (API-CORE.md §1.8, §1.9).
enum class ColumnKind {
  Text,       ///< text → JSON string
  Enum,       ///< text restricted to ColumnDef::values → JSON string
  Bool,       ///< boolean → true / false
  Integer,    ///< integer / bigint → JSON integer
  Number,     ///< numeric shown as a plain JSON number (weight, rank)
  Money,      ///< numeric → JSON number plus `raw_<name>` {value, precision: 20} under `*`
  Json,       ///< jsonb → JSON value (metadata, data)
  Timestamp,  ///< timestamptz → ISO-8601 UTC with milliseconds
};

/// One stored column.
struct ColumnDef {
  std::string name{};
  ColumnKind kind = ColumnKind::Text;
  bool nullable = true;
  std::vector<std::string> values{};  ///< allowed values of an Enum column
  std::string sqlDefault{};           ///< DEFAULT in generated DDL (link extra columns): "1"
};

/// A relation inside one module (across modules, declare a link instead).
enum class RelationKind {
  BelongsTo,   ///< foreignKey is a column of this entity holding the target's primary key
  HasOne,      ///< foreignKey is a column of the target holding this entity's primary key
  HasMany,     ///< as HasOne, as a list
  ManyToMany,  ///< through pivotTable(pivotSourceColumn → this, pivotTargetColumn → target)
};

/// A relation with its graph field name (`variants`, `collection`, `categories`).
struct RelationDef {
  std::string name{};
  RelationKind kind = RelationKind::BelongsTo;
  std::string target{};      ///< entity name in the same module
  std::string foreignKey{};  ///< see RelationKind
  std::string pivotTable{};
  std::string pivotSourceColumn{};
  std::string pivotTargetColumn{};
  /// HasOne/HasMany: soft delete, restore and delete the children with the parent, as
  /// Medusa's `cascades: {delete: [...]}`.
  bool cascadeDelete = false;
};

/// An entity as a module declares it. `id`, `created_at`, `updated_at` and `deleted_at` are
/// added by the schema (unless primaryKey / timestamps / softDelete say otherwise).
struct EntityDefinition {
  std::string name{};         ///< "product_variant"; unique over all modules
  std::string table{};        ///< default: name
  std::string idPrefix{};     ///< "variant": create() generates `variant_<ULID>`
  std::string displayName{};  ///< "Product variant" (default: from name) for messages
  std::vector<ColumnDef> columns{};
  std::vector<std::string> searchable{};  ///< `q` columns: "title" or "variants.sku"
  std::vector<RelationDef> relations{};
  std::string rankColumn{};       ///< lists of this entity are ordered by it, then by id
  std::string primaryKey = "id";  ///< another declared column when not "id" (country iso_2)
  bool softDelete = true;         ///< has `deleted_at`
  bool timestamps = true;         ///< has `created_at` / `updated_at`
};

/// A validated entity with its SQL fragments prepared once. Immutable after construction.
class EntitySchema {
 public:
  /// Validates names (snake_case identifiers only), relations' columns and searchable columns;
  /// throws Error{InvalidArgument} naming the problem. Relation targets are checked by the
  /// registry, which sees the whole module.
  EntitySchema(EntityDefinition definition, std::string module);

  /// The entity name ("product_variant").
  const std::string& name() const noexcept { return m_def.name; }
  /// The owning module.
  const std::string& module() const noexcept { return m_module; }
  /// The table.
  const std::string& table() const noexcept { return m_def.table; }
  /// The id prefix ("prod"), empty when ids are not generated.
  const std::string& idPrefix() const noexcept { return m_def.idPrefix; }
  /// The name used in messages ("Product variant").
  const std::string& displayName() const noexcept { return m_def.displayName; }
  /// The primary key column.
  const std::string& primaryKey() const noexcept { return m_def.primaryKey; }
  /// The column lists are ordered by first, or empty.
  const std::string& rankColumn() const noexcept { return m_def.rankColumn; }
  /// Whether rows are soft-deleted (has deleted_at).
  bool softDelete() const noexcept { return m_def.softDelete; }
  /// Whether the entity has created_at / updated_at.
  bool timestamps() const noexcept { return m_def.timestamps; }
  /// All columns, standard ones included, in output order.
  const std::vector<ColumnDef>& columns() const noexcept { return m_def.columns; }
  /// The relations inside the module.
  const std::vector<RelationDef>& relations() const noexcept { return m_def.relations; }
  /// What `q` searches.
  const std::vector<std::string>& searchable() const noexcept { return m_def.searchable; }

  /// Index of a column in columns(), or -1.
  int columnIndex(std::string_view name) const noexcept;
  /// The column, or nullptr.
  const ColumnDef* column(std::string_view name) const noexcept;
  /// The intra-module relation named so, or nullptr.
  const RelationDef* relation(std::string_view name) const noexcept;
  /// Index of the primary key column.
  int primaryKeyIndex() const noexcept { return m_pkIndex; }

  /// `<alias>.<col>` as selected: timestamps formatted by PostgreSQL, the rest as text.
  /// The alias is always "t" in engine-built statements.
  const std::string& selectExpression(std::size_t column) const { return m_select[column]; }
  /// Every column's select expression, comma-separated in column order (RETURNING lists).
  const std::string& selectAll() const noexcept { return m_selectAll; }
  /// ORDER BY for lists of this entity (rank, then primary key), qualified with "t".
  const std::string& defaultChildOrder() const noexcept { return m_childOrder; }
  /// ORDER BY for entry lists: created_at, then primary key (or the child order).
  const std::string& defaultListOrder() const noexcept { return m_listOrder; }

 private:
  EntityDefinition m_def;
  std::string m_module;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> m_index;
  std::vector<std::string> m_select;
  std::string m_selectAll;
  std::string m_childOrder;
  std::string m_listOrder;
  int m_pkIndex = -1;
};

/// True for the identifiers the engine splices into SQL: [a-z_][a-z0-9_]*, ≤ 63 chars.
bool isSqlIdentifier(std::string_view name) noexcept;

/// "product_category" -> "Product category" (Medusa's messages).
std::string humanize(std::string_view name);

}  // namespace medusa::framework
