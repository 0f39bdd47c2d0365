// SPDX-License-Identifier: MIT
// What groups products: collections, the category tree, tags and types.
#include "models/product_models.h"

namespace medusa::product::models {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

namespace {

EntityDefinition collection() {
  EntityDefinition e{.name = "product_collection", .idPrefix = "pcol"};
  e.columns = {{"title", ColumnKind::Text, false},
               {"handle", ColumnKind::Text, false},
               {"metadata", ColumnKind::Json}};
  e.searchable = {"title", "handle"};
  e.relations = {{.name = "products",
                  .kind = RelationKind::HasMany,
                  .target = "product",
                  .foreignKey = "collection_id"}};
  return e;
}

EntityDefinition category() {
  EntityDefinition e{.name = "product_category", .idPrefix = "pcat"};
  e.columns = {{"name", ColumnKind::Text, false},      {"description", ColumnKind::Text, false},
               {"handle", ColumnKind::Text, false},    {"mpath", ColumnKind::Text, false},
               {"is_active", ColumnKind::Bool, false}, {"is_internal", ColumnKind::Bool, false},
               {"rank", ColumnKind::Integer, false},   {"parent_category_id"},
               {"metadata", ColumnKind::Json}};
  // Children list in rank order (Medusa sorts the tree by rank).
  e.rankColumn = "rank";
  e.searchable = {"name", "description", "handle"};
  e.relations = {{.name = "parent_category",
                  .kind = RelationKind::BelongsTo,
                  .target = "product_category",
                  .foreignKey = "parent_category_id"},
                 {.name = "category_children",
                  .kind = RelationKind::HasMany,
                  .target = "product_category",
                  .foreignKey = "parent_category_id"},
                 {.name = "products",
                  .kind = RelationKind::ManyToMany,
                  .target = "product",
                  .pivotTable = "product_category_product",
                  .pivotSourceColumn = "product_category_id",
                  .pivotTargetColumn = "product_id"}};
  return e;
}

EntityDefinition valueEntity(std::string name, std::string prefix) {
  EntityDefinition e{.name = std::move(name), .idPrefix = std::move(prefix)};
  e.columns = {{"value", ColumnKind::Text, false}, {"metadata", ColumnKind::Json}};
  e.searchable = {"value"};
  return e;
}

}  // namespace

std::vector<EntityDefinition> catalogEntities() {
  auto tag = valueEntity("product_tag", "ptag");
  tag.relations = {{.name = "products",
                    .kind = RelationKind::ManyToMany,
                    .target = "product",
                    .pivotTable = "product_tags",
                    .pivotSourceColumn = "product_tag_id",
                    .pivotTargetColumn = "product_id"}};
  auto type = valueEntity("product_type", "ptyp");
  type.relations = {{.name = "products",
                     .kind = RelationKind::HasMany,
                     .target = "product",
                     .foreignKey = "type_id"}};
  return {collection(), category(), tag, type};
}

}  // namespace medusa::product::models
