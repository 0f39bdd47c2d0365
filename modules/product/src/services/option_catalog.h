// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "medusa/framework/repository.h"

/// Variant options: {"Size": "M"} resolved against a product's options, and Medusa's rule
/// that no two variants of a product share a combination of option values.
namespace medusa::product::detail {

namespace bj = boost::json;

/// One option of a product with its values ({value, id}, in creation order).
struct OptionEntry {
  std::string id{};
  std::string title{};
  std::vector<std::pair<std::string, std::string>> values{};
};

/// All options of one product.
using OptionCatalog = std::vector<OptionEntry>;

/// A variant's option values (sorted ids), for the uniqueness checks.
struct VariantCombination {
  std::string id{};
  std::string title{};
  std::vector<std::string> valueIds{};
};

/// The live options and values of products, by product id (one graph read).
std::map<std::string, OptionCatalog> loadOptionCatalogs(const framework::Repository& options,
                                                        db::TxContext& tx,
                                                        const std::vector<std::string>& productIds);

/// The live variants of products with their option values, by product id.
std::map<std::string, std::vector<VariantCombination>> loadVariantCombinations(
    const framework::Repository& variants, db::TxContext& tx,
    const std::vector<std::string>& productIds);

/// {"Size": "M", ...} -> option value ids (sorted). Medusa's messages: `Product has 2 but
/// there were 1 provided option values for the variant: T.`, `Option value X does not exist
/// for option Size`. An empty or absent map gives no ids.
std::vector<std::string> resolveVariantOptions(const OptionCatalog& catalog,
                                               const bj::value* options,
                                               std::string_view variantTitle);

/// Medusa's `Product "T" has variants with missing options: [A, B]` when options exist and a
/// variant does not name every one of them.
void requireAllOptionsNamed(std::string_view productTitle, const OptionCatalog& catalog,
                            const bj::array& variants);

/// `Variant "A" has same combination of option values as "B".` for two variants of one
/// product (a variant without options never clashes).
void requireUniqueCombinations(const std::vector<VariantCombination>& variants);

/// `Variant (A) with provided options already exists.` when an incoming variant has the
/// values of an existing one (other than itself).
void requireNoExistingCombination(const std::vector<VariantCombination>& incoming,
                                  const std::vector<VariantCombination>& existing);

/// Option inputs [{title, values: ["S", {value: "M"}]}] as rows with generated ids (values
/// nested), extending `catalog` with them.
bj::array prepareOptionRows(const bj::value* options, OptionCatalog& catalog);

/// Option value inputs ("S" or {value, metadata}) as rows with generated ids; appends
/// {value, id} to `entry`.
bj::array prepareValueRows(const bj::value* values, OptionEntry& entry);

/// A variant input as a row: generated id (unless given), workflow-only keys dropped and
/// `options` {"Size": "M"} turned into option value ids; `combination` receives them.
bj::object prepareVariantRow(const bj::object& input, const OptionCatalog& catalog,
                             VariantCombination& combination);

/// Points each variant at exactly its combination's option values (pivot rewritten).
void writeVariantOptions(db::TxContext& tx, const std::vector<VariantCombination>& variants);

/// A variant row's options ([{value, option: {title}}]) as the input map {"Size": "M"}.
bj::object optionMapOf(const bj::object& variant);

/// The ids of the distinct `product_id`s of rows.
std::vector<std::string> productIdsOf(const std::vector<const bj::object*>& rows);

}  // namespace medusa::product::detail
