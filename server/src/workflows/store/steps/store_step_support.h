// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cctype>
#include <map>
#include <string>

/// Shaping the store steps and workflows share.
namespace medusa::server::workflows::stores {

/// A store row as updateStores takes it back: its currencies as {currency_code, is_default,
/// is_tax_inclusive}.
inline boost::json::object asUpdate(const boost::json::object& store) {
  auto row = store;
  if (auto* currencies = row.if_contains("supported_currencies");
      currencies && currencies->is_array()) {
    boost::json::array inputs;
    for (const auto& currency : currencies->get_array()) {
      const auto& object = currency.as_object();
      inputs.push_back(boost::json::object{{"currency_code", object.at("currency_code")},
                                           {"is_default", object.at("is_default")},
                                           {"is_tax_inclusive", object.at("is_tax_inclusive")}});
    }
    *currencies = std::move(inputs);
  }
  return row;
}

/// The `currency_code` price preferences of the given supported currencies, one per
/// (lower-cased) code: `{attribute: "currency_code", value, is_tax_inclusive?}`.
inline boost::json::array currencyPreferences(const boost::json::array& currencies) {
  std::map<std::string, boost::json::object> byCode;
  for (const auto& currency : currencies) {
    const auto& object = currency.as_object();
    std::string code(object.at("currency_code").as_string());
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    boost::json::object preference{{"attribute", "currency_code"}, {"value", code}};
    if (const auto* flag = object.if_contains("is_tax_inclusive")) {
      preference["is_tax_inclusive"] = *flag;
    }
    byCode[code] = std::move(preference);
  }
  boost::json::array out;
  for (auto& [code, preference] : byCode) out.push_back(std::move(preference));
  return out;
}

}  // namespace medusa::server::workflows::stores
