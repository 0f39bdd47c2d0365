// SPDX-License-Identifier: MIT
#include "services/product_input.h"

#include "medusa/core/error.h"
#include "medusa/product/handle.h"
#include "services/service_support.h"

namespace medusa::product::detail {

namespace {

bool nonEmptyArray(const bj::value* value) {
  return value && value->is_array() && !value->get_array().empty();
}

// `tag_ids: ["a"]` -> `tags: [{id: "a"}]`, as Medusa's normalizeUpdateProductInput.
void idsToRelation(const bj::object& input, bj::object& row, const char* idsKey,
                   const char* relation) {
  const auto* ids = input.if_contains(idsKey);
  if (!ids || !ids->is_array()) return;
  bj::array out;
  for (const auto& id : ids->get_array()) out.push_back(bj::object{{"id", id}});
  row.insert_or_assign(relation, std::move(out));
}

}  // namespace

void requireValidHandle(const bj::object& input) {
  const auto* handle = input.if_contains("handle");
  if (!handle || handle->is_null()) return;
  if (!handle->is_string() || !isValidHandle(handle->get_string())) {
    throw Error(ErrorType::InvalidData, "Invalid product handle '" + stringAt(input, "handle") +
                                            "'. It must contain URL safe characters");
  }
}

bj::object productScalars(const bj::object& input) {
  auto row =
      without(input, {"sales_channels", "shipping_profile_id", "additional_data", "options",
                      "variants", "images", "tags", "categories", "tag_ids", "category_ids"});
  const auto* giftcard = input.if_contains("is_giftcard");
  if (giftcard && giftcard->is_bool() && giftcard->get_bool()) {
    row.insert_or_assign("discountable", false);
  }
  return row;
}

bj::array prepareImageRows(const bj::value* images) {
  bj::array rows;
  if (!images || images->is_null()) return rows;
  if (!images->is_array()) throw Error(ErrorType::InvalidData, "Product images must be an array");
  std::int64_t rank = 0;
  for (const auto& image : images->get_array()) {
    bj::object row = image.is_object() ? image.get_object() : bj::object{{"url", image}};
    if (!row.contains("rank")) row.insert_or_assign("rank", rank);
    ++rank;
    rows.push_back(std::move(row));
  }
  return rows;
}

bj::object prepareProductRow(const bj::object& input) {
  requireValidHandle(input);
  auto row = productScalars(input);
  const auto* handle = input.if_contains("handle");
  if (!handle || handle->is_null() || (handle->is_string() && handle->get_string().empty())) {
    row.insert_or_assign("handle", toHandle(stringAt(input, "title")));
  }
  for (const auto* key : {"tags", "categories"}) {
    if (const auto* value = input.if_contains(key)) row.insert_or_assign(key, *value);
  }
  idsToRelation(input, row, "tag_ids", "tags");
  idsToRelation(input, row, "category_ids", "categories");

  auto images = prepareImageRows(input.if_contains("images"));
  const auto* thumbnail = input.if_contains("thumbnail");
  if ((!thumbnail || thumbnail->is_null()) && !images.empty()) {
    row.insert_or_assign("thumbnail", images.front().as_object().at("url"));
  }
  if (!images.empty()) row.insert_or_assign("images", std::move(images));

  OptionCatalog catalog;
  auto options = prepareOptionRows(input.if_contains("options"), catalog);
  if (!options.empty()) row.insert_or_assign("options", std::move(options));

  const auto* variants = input.if_contains("variants");
  if (!nonEmptyArray(variants)) return row;
  requireAllOptionsNamed(stringAt(input, "title"), catalog, variants->get_array());
  bj::array variantRows;
  std::vector<VariantCombination> combinations;
  for (const auto* variant : objectsOf(variants->get_array(), "product_variant")) {
    combinations.emplace_back();
    variantRows.push_back(prepareVariantRow(*variant, catalog, combinations.back()));
  }
  requireUniqueCombinations(combinations);
  row.insert_or_assign("variants", std::move(variantRows));
  return row;
}

void requireOptionsForVariants(const bj::array& products) {
  std::string titles;
  for (const auto& product : products) {
    const auto* object = product.if_object();
    if (!object) continue;
    if (nonEmptyArray(object->if_contains("variants")) &&
        !nonEmptyArray(object->if_contains("options"))) {
      titles += (titles.empty() ? "" : ", ") + stringAt(*object, "title");
    }
  }
  if (!titles.empty()) {
    throw Error(ErrorType::InvalidData, "Product options are not provided for: [" + titles + "].");
  }
}

}  // namespace medusa::product::detail
