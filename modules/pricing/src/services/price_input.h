// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>

namespace medusa::pricing::detail {

/// A price as the price entity stores it, from Medusa's input: `rules` ({attribute: value} or
/// {attribute: [{operator, value}]}) becomes `price_rules` plus `rules_count`; without `rules`
/// neither is set (an update then keeps the rules). Bad operators or values: Error{InvalidData}.
boost::json::object normalizePrice(const boost::json::value& input);

/// Medusa's admin view of a price's rules: {attribute: value} from `price_rules` rows.
boost::json::object rulesObject(const boost::json::array& priceRules);

/// What makes two prices "the same price" for addPrices (Medusa's hashPrice): currency,
/// quantity bounds and rules; works on normalized input and on stored rows with price_rules.
std::string priceIdentity(const boost::json::object& price);

}  // namespace medusa::pricing::detail
