// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/pricing/pricing_module_service.h"

/// What the price-preference steps share: reading the live preferences of attribute+value pairs
/// and the columns a compensation writes back.
namespace medusa::server::workflows::price_preferences {

/// The string at `key`, empty when absent or not a string.
inline std::string textOf(const boost::json::object& row, std::string_view key) {
  const auto* value = row.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

/// The live preferences matching any `{attribute, value}` pair of `entries` (one statement).
inline boost::json::array listMatching(const pricing::PricingModuleService& service,
                                       const boost::json::array& entries) {
  boost::json::array anyOf;
  for (const auto& entry : entries) {
    const auto& object = entry.as_object();
    anyOf.push_back(boost::json::object{{"attribute", textOf(object, "attribute")},
                                        {"value", textOf(object, "value")}});
  }
  if (anyOf.empty()) return {};
  return service.listPricePreferences({.filters = {{"$or", anyOf}}});
}

/// The preference of `list` with this attribute and value, or nullptr.
inline const boost::json::object* findMatch(const boost::json::array& list,
                                            const boost::json::object& entry) {
  for (const auto& row : list) {
    const auto& object = row.as_object();
    if (textOf(object, "attribute") == textOf(entry, "attribute") &&
        textOf(object, "value") == textOf(entry, "value")) {
      return &object;
    }
  }
  return nullptr;
}

/// The columns a compensation restores: id, attribute, value, is_tax_inclusive.
inline boost::json::array restorable(const boost::json::array& rows) {
  boost::json::array out;
  for (const auto& row : rows) {
    const auto& object = row.as_object();
    out.push_back(boost::json::object{{"id", object.at("id")},
                                      {"attribute", object.at("attribute")},
                                      {"value", object.at("value")},
                                      {"is_tax_inclusive", object.at("is_tax_inclusive")}});
  }
  return out;
}

}  // namespace medusa::server::workflows::price_preferences
