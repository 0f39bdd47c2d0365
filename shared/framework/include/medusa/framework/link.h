// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "medusa/db/migration.h"
#include "medusa/framework/schema.h"

namespace medusa::framework {

/// How many rows of each side a link pairs.
enum class LinkCardinality {
  OneToOne,    ///< each left has at most one right and each right at most one left
  OneToMany,   ///< a left has many rights, a right has at most one left
  ManyToMany,  ///< no limit
};

/// One side of a stored link, with the graph fields on its entity.
struct LinkSide {
  std::string entity{};  ///< a linkable entity: "product", "product_variant"
  std::string column{};  ///< its key's column in the link table (default "<entity>_id")
  /// Field on this entity listing the link rows ("sales_channels_link"; default
  /// "<other entity>_link"). Link rows carry both keys, the extra columns and rowField.
  std::string linkField{};
  /// Field on this entity reaching the other side through the link ("sales_channels"), an
  /// alias of `<linkField>.<other rowField>`; empty: none.
  std::string field{};
  /// Field on a link row reaching this side (default: the entity name; "inventory").
  std::string rowField{};
};

/// A link between entities of two modules, declared once: its own table (migrated as module
/// `link_<table>`), an id column with `idPrefix`, both keys, extra columns, timestamps and
/// deleted_at; unique on the pair among live rows (and per side as the cardinality says).
///
///   LinkDefinition{.table = "product_sales_channel", .idPrefix = "prodsc",
///     .left = {.entity = "product", .linkField = "sales_channels_link",
///              .field = "sales_channels"},
///     .right = {.entity = "sales_channel", .linkField = "products_link", .field = "products"}}
///
/// Filtering: the left entity accepts the right column as a filter key (`sales_channel_id` on
/// product) and vice versa, resolved through the link table.
struct LinkDefinition {
  std::string table{};  ///< also the link's name
  std::string idPrefix{};
  LinkSide left{};
  LinkSide right{};
  LinkCardinality cardinality = LinkCardinality::ManyToMany;
  std::vector<ColumnDef> extraColumns{};  ///< e.g. {"required_quantity", Integer, false, {}, "1"}
};

/// A link without a table, read from a foreign-key column on one side (`cart.region` through
/// cart.region_id). Query only; nothing to create or dismiss.
struct ReadOnlyLinkDefinition {
  std::string entity{};        ///< "cart"
  std::string foreignKey{};    ///< column of entity: "region_id"
  std::string target{};        ///< "region"
  std::string field{};         ///< on entity: "region"
  std::string targetKey{};     ///< column of target matched by foreignKey (default: primary key)
  bool many = false;           ///< several target rows share the key: field is a list
  std::string reverseField{};  ///< on target, the list of entity rows ("carts"); empty: none
};

/// The link definition with its defaults filled in (columns, field names).
LinkDefinition normalized(LinkDefinition link);

/// The migration of a link table: module `link_<table>`, name `0001_create_<table>`, with a
/// down part that drops it.
db::Migration linkMigration(const LinkDefinition& link);

/// The link table as an entity (columns id, both keys, extras, timestamps, deleted_at), owned
/// by module `link_<table>`; Query reads link rows through it.
EntityDefinition linkEntity(const LinkDefinition& link);

}  // namespace medusa::framework
