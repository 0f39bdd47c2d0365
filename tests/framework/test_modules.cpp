// SPDX-License-Identifier: MIT
#include "test_modules.h"

namespace medusa::test {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::LinkCardinality;
using framework::LinkDefinition;
using framework::ModuleDefinition;
using framework::RelationKind;

namespace {

// Normal string literals on purpose: moc trips over multi-line raw strings in test sources.
const char* const kStamps =
    "created_at timestamptz NOT NULL DEFAULT now(), "
    "updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz";

std::string catalogSql() {
  const std::string s = kStamps;
  return "CREATE TABLE product_collection (id text PRIMARY KEY, title text NOT NULL, "
         "handle text NOT NULL, " +
         s +
         ");\n"
         "CREATE TABLE product (id text PRIMARY KEY, title text NOT NULL, handle text NOT NULL, "
         "subtitle text, status text NOT NULL DEFAULT 'draft', weight numeric, metadata jsonb, "
         "collection_id text REFERENCES product_collection(id), " +
         s +
         ");\n"
         "CREATE UNIQUE INDEX \"IDX_product_handle_unique\" ON product (handle) "
         "WHERE deleted_at IS NULL;\n"
         "CREATE TABLE product_variant (id text PRIMARY KEY, title text NOT NULL, sku text, "
         "product_id text NOT NULL REFERENCES product(id), variant_rank integer NOT NULL "
         "DEFAULT 0, allow_backorder boolean NOT NULL DEFAULT false, metadata jsonb, " +
         s +
         ");\n"
         "CREATE UNIQUE INDEX \"IDX_product_variant_sku_unique\" ON product_variant (sku) "
         "WHERE deleted_at IS NULL;\n"
         "CREATE INDEX ON product_variant (product_id);\n"
         "CREATE TABLE product_option (id text PRIMARY KEY, title text NOT NULL, "
         "product_id text NOT NULL REFERENCES product(id), " +
         s +
         ");\n"
         "CREATE TABLE product_option_value (id text PRIMARY KEY, value text NOT NULL, "
         "option_id text NOT NULL REFERENCES product_option(id), " +
         s +
         ");\n"
         "CREATE TABLE product_variant_option (variant_id text NOT NULL REFERENCES "
         "product_variant(id) ON DELETE CASCADE, option_value_id text NOT NULL REFERENCES "
         "product_option_value(id) ON DELETE CASCADE, PRIMARY KEY (variant_id, option_value_id));\n"
         "CREATE TABLE product_category (id text PRIMARY KEY, name text NOT NULL, " +
         s +
         ");\n"
         "CREATE TABLE product_category_product (product_id text NOT NULL REFERENCES product(id) "
         "ON DELETE CASCADE, product_category_id text NOT NULL REFERENCES product_category(id) "
         "ON DELETE CASCADE, PRIMARY KEY (product_id, product_category_id));\n"
         "-- migrate:down\n"
         "DROP TABLE product_category_product, product_category, product_variant_option, "
         "product_option_value, product_option, product_variant, product, product_collection;\n";
}

}  // namespace

ModuleDefinition catalogModule() {
  EntityDefinition product{.name = "product", .idPrefix = "prod"};
  product.columns = {{"title", ColumnKind::Text, false},
                     {"handle", ColumnKind::Text, false},
                     {"subtitle"},
                     {"status", ColumnKind::Enum, false, {"draft", "published"}},
                     {"weight", ColumnKind::Number},
                     {"metadata", ColumnKind::Json},
                     {"collection_id"}};
  product.searchable = {"title", "handle", "variants.sku"};
  // Options before variants: nested creates follow this order, and a variant's option
  // values must exist before the variant's pivot rows point at them.
  product.relations = {{.name = "options",
                        .kind = RelationKind::HasMany,
                        .target = "product_option",
                        .foreignKey = "product_id",
                        .cascadeDelete = true},
                       {.name = "variants",
                        .kind = RelationKind::HasMany,
                        .target = "product_variant",
                        .foreignKey = "product_id",
                        .cascadeDelete = true},
                       {.name = "collection",
                        .kind = RelationKind::BelongsTo,
                        .target = "product_collection",
                        .foreignKey = "collection_id"},
                       {.name = "categories",
                        .kind = RelationKind::ManyToMany,
                        .target = "product_category",
                        .pivotTable = "product_category_product",
                        .pivotSourceColumn = "product_id",
                        .pivotTargetColumn = "product_category_id"}};

  EntityDefinition variant{.name = "product_variant", .idPrefix = "variant"};
  variant.columns = {
      {"title", ColumnKind::Text, false},           {"sku"},
      {"product_id", ColumnKind::Text, false},      {"variant_rank", ColumnKind::Integer, false},
      {"allow_backorder", ColumnKind::Bool, false}, {"metadata", ColumnKind::Json}};
  variant.rankColumn = "variant_rank";
  variant.searchable = {"title", "sku"};
  variant.relations = {{.name = "product",
                        .kind = RelationKind::BelongsTo,
                        .target = "product",
                        .foreignKey = "product_id"},
                       {.name = "options",
                        .kind = RelationKind::ManyToMany,
                        .target = "product_option_value",
                        .pivotTable = "product_variant_option",
                        .pivotSourceColumn = "variant_id",
                        .pivotTargetColumn = "option_value_id"}};

  EntityDefinition option{.name = "product_option", .idPrefix = "opt"};
  option.columns = {{"title", ColumnKind::Text, false}, {"product_id", ColumnKind::Text, false}};
  option.relations = {{.name = "values",
                       .kind = RelationKind::HasMany,
                       .target = "product_option_value",
                       .foreignKey = "option_id",
                       .cascadeDelete = true}};

  EntityDefinition value{.name = "product_option_value", .idPrefix = "optval"};
  value.columns = {{"value", ColumnKind::Text, false}, {"option_id", ColumnKind::Text, false}};
  value.relations = {{.name = "option",
                      .kind = RelationKind::BelongsTo,
                      .target = "product_option",
                      .foreignKey = "option_id"}};

  EntityDefinition collection{
      .name = "product_collection", .idPrefix = "pcol", .displayName = "Product collection"};
  collection.columns = {{"title", ColumnKind::Text, false}, {"handle", ColumnKind::Text, false}};
  collection.relations = {{.name = "products",
                           .kind = RelationKind::HasMany,
                           .target = "product",
                           .foreignKey = "collection_id"}};

  EntityDefinition category{.name = "product_category", .idPrefix = "pcat"};
  category.columns = {{"name", ColumnKind::Text, false}};

  return ModuleDefinition{.name = "catalog",
                          .entities = {product, variant, option, value, collection, category},
                          .migrations = {{"catalog", "0001_create_catalog", catalogSql()}},
                          .linkable = {"product", "product_variant"}};
}

ModuleDefinition channelModule() {
  EntityDefinition channel{.name = "sales_channel", .idPrefix = "sc"};
  channel.columns = {{"name", ColumnKind::Text, false},
                     {"description"},
                     {"is_disabled", ColumnKind::Bool, false},
                     {"metadata", ColumnKind::Json}};
  channel.searchable = {"name", "description"};
  return ModuleDefinition{
      .name = "channel",
      .entities = {channel},
      .migrations = {{"channel", "0001_create_sales_channel",
                      std::string("CREATE TABLE sales_channel (id text PRIMARY KEY, name text NOT "
                                  "NULL, description text, is_disabled boolean NOT NULL DEFAULT "
                                  "false, metadata jsonb, ") +
                          kStamps + ");\n-- migrate:down\nDROP TABLE sales_channel;\n"}}};
}

ModuleDefinition pricingModule() {
  EntityDefinition priceSet{.name = "price_set", .idPrefix = "pset"};
  priceSet.relations = {{.name = "prices",
                         .kind = RelationKind::HasMany,
                         .target = "price",
                         .foreignKey = "price_set_id",
                         .cascadeDelete = true}};
  EntityDefinition price{.name = "price", .idPrefix = "price"};
  price.columns = {{"currency_code", ColumnKind::Text, false},
                   {"amount", ColumnKind::Money, false},
                   {"price_set_id", ColumnKind::Text, false}};
  const std::string s = kStamps;
  return ModuleDefinition{
      .name = "pricing",
      .entities = {priceSet, price},
      .migrations = {{"pricing", "0001_create_pricing",
                      "CREATE TABLE price_set (id text PRIMARY KEY, " + s +
                          ");\n"
                          "CREATE TABLE price (id text PRIMARY KEY, currency_code text NOT NULL, "
                          "amount numeric NOT NULL, price_set_id text NOT NULL REFERENCES "
                          "price_set(id), " +
                          s +
                          ");\n"
                          "-- migrate:down\nDROP TABLE price, price_set;\n"}}};
}

ModuleDefinition stockModule() {
  EntityDefinition item{.name = "inventory_item", .idPrefix = "iitem"};
  item.columns = {{"sku"}, {"title"}};
  return ModuleDefinition{
      .name = "stock",
      .entities = {item},
      .migrations = {{"stock", "0001_create_inventory_item",
                      std::string("CREATE TABLE inventory_item (id text PRIMARY KEY, sku text, "
                                  "title text, ") +
                          kStamps + ");\n-- migrate:down\nDROP TABLE inventory_item;\n"}}};
}

LinkDefinition productSalesChannelLink() {
  return LinkDefinition{
      .table = "product_sales_channel",
      .idPrefix = "prodsc",
      .left = {.entity = "product", .linkField = "sales_channels_link", .field = "sales_channels"},
      .right = {.entity = "sales_channel", .linkField = "products_link", .field = "products"}};
}

LinkDefinition variantPriceSetLink() {
  return LinkDefinition{
      .table = "product_variant_price_set",
      .idPrefix = "pvps",
      .left = {.entity = "product_variant",
               .column = "variant_id",
               .linkField = "price_set_link",
               .field = "price_set",
               .rowField = "variant"},
      .right = {.entity = "price_set", .linkField = "variant_link", .field = "variant"},
      .cardinality = LinkCardinality::OneToOne};
}

LinkDefinition variantInventoryLink() {
  return LinkDefinition{
      .table = "product_variant_inventory_item",
      .idPrefix = "pvitem",
      .left = {.entity = "product_variant",
               .column = "variant_id",
               .linkField = "inventory_items",
               .rowField = "variant"},
      .right = {.entity = "inventory_item",
                .linkField = "variant_link",
                .field = "variants",
                .rowField = "inventory"},
      .extraColumns = {{"required_quantity", ColumnKind::Integer, false, {}, "1"}}};
}

}  // namespace medusa::test
