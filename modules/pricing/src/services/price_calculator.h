// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "medusa/framework/sql_runner.h"

namespace medusa::pricing::detail {

/// A pricing context as calculatePrices uses it: the currency, the region (for preferences),
/// the quantity (for min/max bounds) and every other key flattened into attribute/value pairs
/// that price and price list rules are matched against (`customer.groups.id` = each group).
struct PricingContext {
  std::string currencyCode{};
  std::optional<std::string> regionId{};
  std::string quantity = "1";
  std::vector<std::string> attributes{};
  std::vector<std::string> values{};
};

/// Parses Medusa's pricing context object. No currency_code: Error{InvalidData}
/// `Method calculatePrices requires currency_code in the pricing context`.
PricingContext parseContext(const boost::json::object& context);

/// The context a `calculated_price` computed field was given: `args.context`, else `args`.
const boost::json::object& contextOfArgs(const boost::json::object& args);

/// For each price set id, its `calculated_price` object (allocated in `storage`), or null when
/// no price matches. One statement whatever the number of ids.
std::vector<boost::json::value> calculatePrices(framework::SqlRunner& sql, db::TxContext& tx,
                                                const std::vector<std::string>& priceSetIds,
                                                const PricingContext& context,
                                                const boost::json::storage_ptr& storage = {});

}  // namespace medusa::pricing::detail
