// SPDX-License-Identifier: MIT
// product and what it owns: variants, options with their values, images.
#include "models/product_models.h"

namespace medusa::product::models {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

namespace {

EntityDefinition product() {
  EntityDefinition e{.name = "product", .idPrefix = "prod"};
  e.columns = {{"title", ColumnKind::Text, false},
               {"handle", ColumnKind::Text, false},
               {"subtitle"},
               {"description"},
               {"is_giftcard", ColumnKind::Bool, false},
               {"status", ColumnKind::Enum, false, {"draft", "proposed", "published", "rejected"}},
               {"thumbnail"},
               {"weight", ColumnKind::Number},
               {"length", ColumnKind::Number},
               {"height", ColumnKind::Number},
               {"width", ColumnKind::Number},
               {"origin_country"},
               {"hs_code"},
               {"mid_code"},
               {"material"},
               {"collection_id"},
               {"type_id"},
               {"discountable", ColumnKind::Bool, false},
               {"external_id"},
               {"metadata", ColumnKind::Json}};
  e.searchable = {"title", "subtitle", "description", "handle", "variants.title", "variants.sku"};
  // Nested creates follow this order: options (with their values) before variants, whose
  // pivot rows point at those values.
  e.relations = {{.name = "options",
                  .kind = RelationKind::HasMany,
                  .target = "product_option",
                  .foreignKey = "product_id",
                  .cascadeDelete = true},
                 {.name = "variants",
                  .kind = RelationKind::HasMany,
                  .target = "product_variant",
                  .foreignKey = "product_id",
                  .cascadeDelete = true},
                 {.name = "images",
                  .kind = RelationKind::HasMany,
                  .target = "product_image",
                  .foreignKey = "product_id",
                  .cascadeDelete = true},
                 {.name = "tags",
                  .kind = RelationKind::ManyToMany,
                  .target = "product_tag",
                  .pivotTable = "product_tags",
                  .pivotSourceColumn = "product_id",
                  .pivotTargetColumn = "product_tag_id"},
                 {.name = "categories",
                  .kind = RelationKind::ManyToMany,
                  .target = "product_category",
                  .pivotTable = "product_category_product",
                  .pivotSourceColumn = "product_id",
                  .pivotTargetColumn = "product_category_id"},
                 {.name = "type",
                  .kind = RelationKind::BelongsTo,
                  .target = "product_type",
                  .foreignKey = "type_id"},
                 {.name = "collection",
                  .kind = RelationKind::BelongsTo,
                  .target = "product_collection",
                  .foreignKey = "collection_id"}};
  return e;
}

EntityDefinition variant() {
  EntityDefinition e{.name = "product_variant", .idPrefix = "variant"};
  e.columns = {{"title", ColumnKind::Text, false},
               {"sku"},
               {"barcode"},
               {"ean"},
               {"upc"},
               {"allow_backorder", ColumnKind::Bool, false},
               {"manage_inventory", ColumnKind::Bool, false},
               {"hs_code"},
               {"origin_country"},
               {"mid_code"},
               {"material"},
               {"weight", ColumnKind::Number},
               {"length", ColumnKind::Number},
               {"height", ColumnKind::Number},
               {"width", ColumnKind::Number},
               {"metadata", ColumnKind::Json},
               {"variant_rank", ColumnKind::Integer},
               {"product_id", ColumnKind::Text, false}};
  e.rankColumn = "variant_rank";
  e.searchable = {"title", "sku", "barcode", "ean", "upc"};
  e.relations = {{.name = "product",
                  .kind = RelationKind::BelongsTo,
                  .target = "product",
                  .foreignKey = "product_id"},
                 {.name = "options",
                  .kind = RelationKind::ManyToMany,
                  .target = "product_option_value",
                  .pivotTable = "product_variant_option",
                  .pivotSourceColumn = "variant_id",
                  .pivotTargetColumn = "option_value_id"}};
  return e;
}

EntityDefinition option() {
  EntityDefinition e{.name = "product_option", .idPrefix = "opt"};
  e.columns = {{"title", ColumnKind::Text, false},
               {"product_id", ColumnKind::Text, false},
               {"metadata", ColumnKind::Json}};
  e.searchable = {"title"};
  e.relations = {{.name = "product",
                  .kind = RelationKind::BelongsTo,
                  .target = "product",
                  .foreignKey = "product_id"},
                 {.name = "values",
                  .kind = RelationKind::HasMany,
                  .target = "product_option_value",
                  .foreignKey = "option_id",
                  .cascadeDelete = true}};
  return e;
}

EntityDefinition optionValue() {
  EntityDefinition e{.name = "product_option_value", .idPrefix = "optval"};
  e.columns = {{"value", ColumnKind::Text, false},
               {"option_id", ColumnKind::Text, false},
               {"metadata", ColumnKind::Json}};
  e.relations = {{.name = "option",
                  .kind = RelationKind::BelongsTo,
                  .target = "product_option",
                  .foreignKey = "option_id"},
                 {.name = "variants",
                  .kind = RelationKind::ManyToMany,
                  .target = "product_variant",
                  .pivotTable = "product_variant_option",
                  .pivotSourceColumn = "option_value_id",
                  .pivotTargetColumn = "variant_id"}};
  return e;
}

EntityDefinition image() {
  // Medusa's table is "image"; images list in rank order.
  EntityDefinition e{.name = "product_image", .table = "image", .idPrefix = "img"};
  e.columns = {{"url", ColumnKind::Text, false},
               {"rank", ColumnKind::Integer, false},
               {"product_id", ColumnKind::Text, false},
               {"metadata", ColumnKind::Json}};
  e.rankColumn = "rank";
  e.relations = {{.name = "product",
                  .kind = RelationKind::BelongsTo,
                  .target = "product",
                  .foreignKey = "product_id"}};
  return e;
}

}  // namespace

std::vector<EntityDefinition> productEntities() {
  return {product(), variant(), option(), optionValue(), image()};
}

}  // namespace medusa::product::models
