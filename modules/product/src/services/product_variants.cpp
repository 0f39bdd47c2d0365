// SPDX-License-Identifier: MIT
// Variants on their own: create and update with option checks against the siblings.
#include <set>

#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "medusa/db/tx_context.h"
#include "medusa/product/product_module_service.h"
#include "repositories/product_sql.h"
#include "services/option_catalog.h"
#include "services/service_support.h"

namespace medusa::product {

namespace bj = boost::json;
using detail::VariantCombination;

namespace detail {

void writeVariantOptions(db::TxContext& tx, const std::vector<VariantCombination>& variants) {
  if (variants.empty()) return;
  std::vector<std::string> ids, pivotVariants, pivotValues;
  for (const auto& variant : variants) {
    ids.push_back(variant.id);
    for (const auto& value : variant.valueIds) {
      pivotVariants.push_back(variant.id);
      pivotValues.push_back(value);
    }
  }
  run(tx, sql::kClearVariantOptions, {arrayParam(ids)});
  if (!pivotVariants.empty()) {
    run(tx, sql::kLinkVariantOptions, {arrayParam(pivotVariants), arrayParam(pivotValues)});
  }
}

bj::object optionMapOf(const bj::object& variant) {
  bj::object map;
  const auto* options = variant.if_contains("options");
  if (!options || !options->is_array()) return map;
  for (const auto& value : options->get_array()) {
    const auto& object = value.get_object();
    const auto* option = object.if_contains("option");
    if (option && option->is_object()) {
      map.insert_or_assign(stringAt(option->get_object(), "title"), object.at("value"));
    }
  }
  return map;
}

std::vector<std::string> productIdsOf(const std::vector<const bj::object*>& rows) {
  std::set<std::string> ids;
  for (const auto* row : rows) ids.insert(stringAt(*row, "product_id"));
  ids.erase("");
  return {ids.begin(), ids.end()};
}

}  // namespace detail

bj::array ProductModuleService::createProductVariants(const bj::array& data,
                                                      db::TxContext* tx) const {
  const auto inputs = detail::objectsOf(data, "product_variant");
  for (const auto* input : inputs) {
    if (detail::stringAt(*input, "product_id").empty()) {
      throw Error(ErrorType::InvalidData,
                  "Unable to create variants without specifying a product_id");
    }
  }
  return pool().transact(tx, [&](db::TxContext& t) {
    const auto productIds = detail::productIdsOf(inputs);
    auto catalogs = detail::loadOptionCatalogs(repo("product_option"), t, productIds);
    auto existing = detail::loadVariantCombinations(repo("product_variant"), t, productIds);
    std::map<std::string, std::vector<VariantCombination>> incoming;
    bj::array rows;
    for (const auto* input : inputs) {
      const auto productId = detail::stringAt(*input, "product_id");
      VariantCombination combination;
      rows.push_back(detail::prepareVariantRow(*input, catalogs[productId], combination));
      incoming[productId].push_back(std::move(combination));
    }
    for (const auto& [productId, variants] : incoming) {
      detail::requireNoExistingCombination(variants, existing[productId]);
      detail::requireUniqueCombinations(variants);
    }
    return repo("product_variant").create(t, rows);
  });
}

UpdateResult ProductModuleService::updateProductVariants(const bj::array& data,
                                                         db::TxContext* tx) const {
  const auto inputs = detail::objectsOf(data, "product_variant");
  std::vector<std::string> ids;
  for (const auto& entry : data) ids.push_back(detail::requireId(entry, "product_variant"));
  return pool().transact(tx, [&](db::TxContext& t) {
    auto current =
        detail::rowsById(repo("product_variant"), t, ids,
                         {"product_id", "title", "options.value", "options.option.title"});
    std::vector<const bj::object*> withOptions;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      const auto it = current.find(ids[i]);
      if (it == current.end()) {
        throw Error(ErrorType::NotFound, "Product variant with id: " + ids[i] + " was not found");
      }
      if (inputs[i]->contains("options")) withOptions.push_back(&it->second);
    }
    const auto productIds = detail::productIdsOf(withOptions);
    auto catalogs = detail::loadOptionCatalogs(repo("product_option"), t, productIds);
    auto existing = detail::loadVariantCombinations(repo("product_variant"), t, productIds);
    std::map<std::string, std::vector<VariantCombination>> changed;
    bj::array scalars;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      scalars.push_back(detail::without(*inputs[i], {"options", "prices", "inventory_items"}));
      if (!inputs[i]->contains("options")) continue;
      const auto& row = current.at(ids[i]);
      const auto productId = detail::stringAt(row, "product_id");
      auto title = detail::stringAt(*inputs[i], "title");
      if (title.empty()) title = detail::stringAt(row, "title");
      changed[productId].push_back(
          {ids[i], title,
           detail::resolveVariantOptions(catalogs[productId], inputs[i]->if_contains("options"),
                                         title)});
    }
    std::vector<VariantCombination> rewrites;
    for (const auto& [productId, variants] : changed) {
      detail::requireNoExistingCombination(variants, existing[productId]);
      detail::requireUniqueCombinations(variants);
      rewrites.insert(rewrites.end(), variants.begin(), variants.end());
    }
    auto result = updateScalars("product_variant", scalars, t);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      if (inputs[i]->contains("options")) {
        result.previous.at(i).as_object().insert_or_assign("options",
                                                           detail::optionMapOf(current.at(ids[i])));
      }
    }
    detail::writeVariantOptions(t, rewrites);
    return result;
  });
}

}  // namespace medusa::product
