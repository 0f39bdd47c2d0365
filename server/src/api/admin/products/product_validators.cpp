// SPDX-License-Identifier: MIT
#include "api/admin/products/product_validators.h"

#include "workflows/product/product_workflow_support.h"

namespace medusa::api::products {

namespace bj = boost::json;
using http::validation::Schema;

namespace {

Schema text() {
  return Schema::string().nullable().optional();
}
Schema number() {
  return Schema::number().nullable().optional();
}
// Medusa's booleanString(): a boolean or "true"/"false".
Schema booleanString() {
  return Schema::oneOf({Schema::boolean(), Schema::enumOf({"true", "false"})});
}
Schema idList() {
  return Schema::array(Schema::object({{"id", Schema::string()}})).optional();
}
Schema additionalData() {
  return Schema::record().nullable().optional();
}

Schema createPrice() {
  return Schema::object({{"currency_code", Schema::string()},
                         {"amount", Schema::number()},
                         {"min_quantity", number()},
                         {"max_quantity", number()},
                         {"rules", Schema::record().optional()}});
}

Schema updatePrice() {
  return Schema::object({{"id", Schema::string().optional()},
                         {"currency_code", Schema::string().optional()},
                         {"amount", Schema::number().optional()},
                         {"min_quantity", number()},
                         {"max_quantity", number()},
                         {"rules", Schema::record().optional()}});
}

// The variant fields create and update share.
Schema variantBase() {
  return Schema::object({{"sku", text()},
                         {"ean", text()},
                         {"upc", text()},
                         {"barcode", text()},
                         {"hs_code", text()},
                         {"mid_code", text()},
                         {"variant_rank", Schema::number().optional()},
                         {"weight", number()},
                         {"length", number()},
                         {"height", number()},
                         {"width", number()},
                         {"origin_country", text()},
                         {"material", text()},
                         {"metadata", Schema::record().nullable().optional()},
                         {"options", Schema::record().optional()}});
}

Schema createVariant() {
  return variantBase()
      .extend({{"title", Schema::string()},
               {"allow_backorder", booleanString().withDefault(false)},
               {"manage_inventory", booleanString().withDefault(true)},
               {"prices", Schema::array(createPrice())},
               {"inventory_items",
                Schema::array(Schema::object({{"inventory_item_id", Schema::string()},
                                              {"required_quantity", Schema::number()}}))
                    .optional()}})
      .strict();
}

Schema updateVariant() {
  return variantBase()
      .extend({{"id", Schema::string().optional()},
               {"title", Schema::string().optional()},
               {"allow_backorder", booleanString().optional()},
               {"manage_inventory", booleanString().optional()},
               {"prices", Schema::array(updatePrice()).optional()}})
      .strict();
}

Schema createOption() {
  return Schema::object({{"title", Schema::string()}, {"values", Schema::array(Schema::string())}});
}

Schema updateOption() {
  return Schema::object({{"id", Schema::string().optional()},
                         {"title", Schema::string().optional()},
                         {"values", Schema::array(Schema::string()).optional()}});
}

// The product fields create and update share.
Schema productBase() {
  return Schema::object(
      {{"subtitle", text()},
       {"description", text()},
       {"images", Schema::array(Schema::object({{"url", Schema::string()}})).optional()},
       {"thumbnail", text()},
       {"external_id", text()},
       {"type_id", text()},
       {"collection_id", text()},
       {"categories", idList()},
       {"tags", idList()},
       {"sales_channels", idList()},
       {"weight", number()},
       {"length", number()},
       {"height", number()},
       {"width", number()},
       {"hs_code", text()},
       {"mid_code", text()},
       {"origin_country", text()},
       {"material", text()},
       {"metadata", Schema::record().nullable().optional()}});
}

Schema createProduct() {
  return productBase()
      .extend({{"title", Schema::string()},
               {"is_giftcard", booleanString().withDefault(false)},
               {"discountable", booleanString().withDefault(true)},
               {"handle", Schema::string().optional()},
               {"status", Schema::enumOf({"draft", "proposed", "published", "rejected"})
                              .nullable()
                              .withDefault("draft")},
               {"options", Schema::array(createOption()).optional()},
               {"variants", Schema::array(createVariant()).optional()}})
      .strict();
}

Schema updateProduct() {
  return productBase()
      .extend(
          {{"title", Schema::string().optional()},
           {"is_giftcard", booleanString().optional()},
           {"discountable", booleanString().optional()},
           {"handle", text()},
           {"status", Schema::enumOf({"draft", "proposed", "published", "rejected"}).optional()},
           {"options", Schema::array(updateOption()).optional()},
           {"variants", Schema::array(updateVariant()).optional()}})
      .strict();
}

Schema batchOf(const Schema& create, const Schema& update) {
  return Schema::object({{"create", Schema::array(create).optional()},
                         {"update", Schema::array(update).optional()},
                         {"delete", Schema::array(Schema::string()).optional()}});
}

// booleanString fields of products and variants, at any level of a body.
void normalizeBooleans(bj::object& object) {
  server::workflows::products::normalizeBooleans(
      object, {"is_giftcard", "discountable", "allow_backorder", "manage_inventory"});
  for (const auto* key : {"variants", "create", "update"}) {
    auto* list = object.if_contains(key);
    if (!list || !list->is_array()) continue;
    for (auto& item : list->get_array()) {
      if (item.is_object()) normalizeBooleans(item.get_object());
    }
  }
}

}  // namespace

#define MEDUSA_SCHEMA(name, expr)        \
  const Schema& name() {                 \
    static const Schema schema = (expr); \
    return schema;                       \
  }

MEDUSA_SCHEMA(createProductSchema, createProduct().extend({{"additional_data", additionalData()}}))
MEDUSA_SCHEMA(updateProductSchema, updateProduct().extend({{"additional_data", additionalData()}}))
MEDUSA_SCHEMA(createVariantSchema, createVariant().extend({{"additional_data", additionalData()}}))
MEDUSA_SCHEMA(updateVariantSchema, updateVariant().extend({{"additional_data", additionalData()}}))
MEDUSA_SCHEMA(createOptionSchema, createOption().extend({{"additional_data", additionalData()}}))
MEDUSA_SCHEMA(updateOptionSchema, updateOption().extend({{"additional_data", additionalData()}}))
MEDUSA_SCHEMA(batchProductsSchema,
              batchOf(createProduct().extend({{"additional_data", additionalData()}}),
                      updateProduct().extend({{"id", Schema::string()}})))
MEDUSA_SCHEMA(batchVariantsSchema,
              batchOf(createVariant(), updateVariant().extend({{"id", Schema::string()}})))
MEDUSA_SCHEMA(createVariantInventoryItemSchema,
              Schema::object({{"required_quantity", Schema::number()},
                              {"inventory_item_id", Schema::string()}}))
MEDUSA_SCHEMA(updateVariantInventoryItemSchema,
              Schema::object({{"required_quantity", Schema::number()}}))

#undef MEDUSA_SCHEMA

bj::object parseProductBody(const Schema& schema, const bj::value& body) {
  auto parsed = http::validation::parseBody(schema, body);
  normalizeBooleans(parsed);
  return parsed;
}

}  // namespace medusa::api::products
