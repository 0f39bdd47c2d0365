// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "http/validation/body_schema.h"

/// Medusa's admin product body validators (api/admin/products/validators.ts) as zod-like
/// schemas, plus the booleanString coercion they apply.
namespace medusa::api::products {

/// AdminCreateProduct (with additional_data).
const http::validation::Schema& createProductSchema();
/// AdminUpdateProduct (with additional_data).
const http::validation::Schema& updateProductSchema();
/// AdminCreateProductVariant (with additional_data).
const http::validation::Schema& createVariantSchema();
/// AdminUpdateProductVariant (with additional_data).
const http::validation::Schema& updateVariantSchema();
/// AdminCreateProductOption (with additional_data).
const http::validation::Schema& createOptionSchema();
/// AdminUpdateProductOption (with additional_data).
const http::validation::Schema& updateOptionSchema();
/// {create: [AdminCreateProduct], update: [AdminBatchUpdateProduct], delete: [id]}.
const http::validation::Schema& batchProductsSchema();
/// {create: [CreateProductVariant], update: [AdminBatchUpdateProductVariant], delete: [id]}.
const http::validation::Schema& batchVariantsSchema();
/// AdminCreateVariantInventoryItem {required_quantity, inventory_item_id}.
const http::validation::Schema& createVariantInventoryItemSchema();
/// AdminUpdateVariantInventoryItem {required_quantity}.
const http::validation::Schema& updateVariantInventoryItemSchema();

/// Parses `body` with `schema` (strict at the top level) and turns booleanString fields of the
/// product and its variants ("true"/"false") into booleans.
boost::json::object parseProductBody(const http::validation::Schema& schema,
                                     const boost::json::value& body);

}  // namespace medusa::api::products
