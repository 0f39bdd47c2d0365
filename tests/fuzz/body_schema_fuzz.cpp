// SPDX-License-Identifier: MIT
// A JSON request body (parsed as the server parses bodies, medusa::json::parse) validated by
// the admin product routes' real schemas (api/admin/products/product_validators.cpp: nested
// objects and arrays, unions, enums, defaults, strictness) through body_schema's engine, then
// the booleanString coercion parseProductBody applies. The first byte picks the schema.
#include <array>
#include <boost/json/serialize.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/admin/products/product_validators.h"
#include "http/validation/body_schema.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"

namespace {

namespace products = medusa::api::products;
using medusa::http::validation::Schema;

using SchemaFn = const Schema& (*)();
constexpr std::array<SchemaFn, 10> kSchemas = {products::createProductSchema,
                                               products::updateProductSchema,
                                               products::createVariantSchema,
                                               products::updateVariantSchema,
                                               products::createOptionSchema,
                                               products::updateOptionSchema,
                                               products::batchProductsSchema,
                                               products::batchVariantsSchema,
                                               products::createVariantInventoryItemSchema,
                                               products::updateVariantInventoryItemSchema};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const Schema& schema = kSchemas[data[0] % kSchemas.size()]();
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  boost::json::value body;
  try {
    body = medusa::json::parse(text);
  } catch (const medusa::Error&) {
    return 0;  // malformed JSON: a 400 before validation
  }
  try {
    static_cast<void>(boost::json::serialize(products::parseProductBody(schema, body)));
  } catch (const medusa::Error&) {
    // "Invalid request: ...": a 400
  }
  boost::json::value out;
  static_cast<void>(medusa::http::validation::validate(schema, body, out));
  return 0;
}
