// SPDX-License-Identifier: MIT
#include "price_input.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "medusa/core/decimal.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"

namespace medusa::pricing::detail {

namespace bj = boost::json;

namespace {

constexpr std::array<std::string_view, 5> kOperators{"gt", "lt", "eq", "lte", "gte"};

std::string textOf(const bj::value& value) {
  return value.is_string() ? std::string(value.get_string()) : json::stringify(value);
}

// One `{operator, value}` entry of a rule list, as Medusa validates it.
bj::object operatorRule(std::string_view attribute, const bj::value& entry) {
  const auto* object = entry.if_object();
  const auto* op = object ? object->if_contains("operator") : nullptr;
  const auto known = op && op->is_string() &&
                     std::find(kOperators.begin(), kOperators.end(),
                               std::string_view(op->get_string())) != kOperators.end();
  if (!known) {
    throw Error(ErrorType::InvalidData, "operator should be one of gt, lt, eq, lte, gte");
  }
  const auto* value = object->if_contains("value");
  if (!value || !value->is_number()) {
    throw Error(ErrorType::InvalidData, "value should be a number");
  }
  return {{"attribute", attribute}, {"operator", *op}, {"value", textOf(*value)}};
}

std::string boundText(const bj::object& price, std::string_view key) {
  const auto* value = price.if_contains(key);
  if (!value || value->is_null()) return {};
  return Decimal::fromJson(*value).toString();
}

}  // namespace

bj::object normalizePrice(const bj::value& input) {
  if (!input.is_object()) throw Error(ErrorType::InvalidData, "Each price must be an object");
  auto price = input.get_object();
  const auto* rules = price.if_contains("rules");
  if (!rules) return price;
  bj::array priceRules;
  if (!rules->is_null()) {
    if (!rules->is_object()) throw Error(ErrorType::InvalidData, "rules must be an object");
    for (const auto& [attribute, value] : rules->get_object()) {
      if (value.is_null()) continue;  // Medusa drops nullish rules
      if (value.is_array()) {
        for (const auto& entry : value.get_array()) {
          priceRules.push_back(operatorRule(attribute, entry));
        }
      } else {
        priceRules.push_back(bj::object{{"attribute", attribute}, {"value", textOf(value)}});
      }
    }
  }
  price.erase("rules");
  price["rules_count"] = priceRules.size();
  price["price_rules"] = std::move(priceRules);
  return price;
}

bj::object rulesObject(const bj::array& priceRules) {
  bj::object rules;
  for (const auto& rule : priceRules) {
    const auto& object = rule.as_object();
    rules.insert_or_assign(object.at("attribute").as_string(), object.at("value"));
  }
  return rules;
}

std::string priceIdentity(const bj::object& price) {
  std::vector<std::string> rules;
  if (const auto* given = price.if_contains("price_rules"); given && given->is_array()) {
    for (const auto& rule : given->get_array()) {
      const auto& object = rule.as_object();
      const auto* op = object.if_contains("operator");
      rules.push_back(textOf(object.at("attribute")) + (op ? textOf(*op) : "eq") + "=" +
                      textOf(object.at("value")));
    }
  }
  std::sort(rules.begin(), rules.end());
  const auto* currency = price.if_contains("currency_code");
  std::string key = (currency ? textOf(*currency) : "") + "|" + boundText(price, "min_quantity") +
                    "|" + boundText(price, "max_quantity");
  for (const auto& rule : rules) key += "|" + rule;
  return key;
}

}  // namespace medusa::pricing::detail
