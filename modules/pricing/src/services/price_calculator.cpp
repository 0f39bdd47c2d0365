// SPDX-License-Identifier: MIT
// calculatePrices in one statement (API-CORE.md §6.4, Medusa's PricingRepository plus the
// choice its service makes): per price set the best base price and the best price list price
// among the live prices in the currency whose rules the context satisfies, then sale/override.
#include "price_calculator.h"

#include <string_view>
#include <unordered_map>
#include <utility>

#include "medusa/core/decimal.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "medusa/db/params.h"

namespace medusa::pricing::detail {

namespace bj = boost::json;

namespace {

// A rule holds when some context pair has its attribute and satisfies its operator; the
// numeric comparisons only run on numeric text (CASE keeps the cast from failing).
constexpr std::string_view kRuleMatches = R"(ctx.attribute = r.attribute AND CASE
      WHEN r.operator = 'eq' THEN ctx.value = r.value
      WHEN ctx.value !~ '^-?[0-9]+(\.[0-9]+)?$' OR r.value !~ '^-?[0-9]+(\.[0-9]+)?$' THEN false
      WHEN r.operator = 'gt' THEN ctx.value::numeric > r.value::numeric
      WHEN r.operator = 'gte' THEN ctx.value::numeric >= r.value::numeric
      WHEN r.operator = 'lt' THEN ctx.value::numeric < r.value::numeric
      ELSE ctx.value::numeric <= r.value::numeric END)";

// $1 price set ids, $2 currency, $3/$4 context attributes/values, $5 quantity, $6 region.
// `best` keeps per price set the best base price and the best price list price (more rules
// first, then cheaper); tax inclusivity is Medusa's isTaxInclusive: the region's preference
// when the price is restricted to that region, else the currency's, else exclusive. The rows
// come back unordered: at most two per price set, matched to the ids by the caller.
const std::string& calculateSql() {
  static const std::string sql =
      R"(WITH ctx(attribute, value) AS (SELECT * FROM unnest($3::text[], $4::text[])),
pref AS (SELECT
  (SELECT pp.is_tax_inclusive FROM price_preference pp WHERE pp.attribute = 'region_id'
     AND pp.value = $6 AND pp.deleted_at IS NULL) AS region_tax,
  (SELECT pp.is_tax_inclusive FROM price_preference pp WHERE pp.attribute = 'currency_code'
     AND pp.value = $2 AND pp.deleted_at IS NULL) AS currency_tax),
best AS (
  SELECT DISTINCT ON (p.price_set_id, p.price_list_id IS NOT NULL)
         p.id, p.price_set_id, p.amount, p.min_quantity, p.max_quantity, p.price_list_id,
         pl.type AS price_list_type
  FROM price p LEFT JOIN price_list pl ON pl.id = p.price_list_id
  WHERE p.price_set_id = ANY($1::text[]) AND p.currency_code = $2 AND p.deleted_at IS NULL
    AND (p.min_quantity IS NULL OR p.min_quantity <= $5::numeric)
    AND (p.max_quantity IS NULL OR p.max_quantity >= $5::numeric)
    AND (p.price_list_id IS NULL OR (pl.status = 'active' AND pl.deleted_at IS NULL
      AND (pl.starts_at IS NULL OR pl.starts_at <= now())
      AND (pl.ends_at IS NULL OR pl.ends_at >= now())
      AND pl.rules_count = (SELECT count(*) FROM price_list_rule plr
        WHERE plr.price_list_id = pl.id AND plr.deleted_at IS NULL AND EXISTS (SELECT 1 FROM ctx
          WHERE ctx.attribute = plr.attribute AND plr.value @> to_jsonb(ctx.value)))))
    AND (p.rules_count = 0 OR p.rules_count = (SELECT count(*) FROM price_rule r
      WHERE r.price_id = p.id AND r.deleted_at IS NULL AND EXISTS (SELECT 1 FROM ctx WHERE )" +
      std::string(kRuleMatches) + R"()))
  ORDER BY p.price_set_id, p.price_list_id IS NOT NULL,
           p.rules_count + COALESCE(pl.rules_count, 0) DESC, p.amount, p.id)
SELECT best.price_set_id, best.id, best.amount::text, best.min_quantity::text,
  best.max_quantity::text, best.price_list_id, best.price_list_type,
  CASE WHEN pref.region_tax IS NOT NULL AND EXISTS (SELECT 1 FROM price_rule r
      WHERE r.price_id = best.id AND r.attribute = 'region_id' AND r.value = $6
        AND r.deleted_at IS NULL)
    THEN pref.region_tax ELSE COALESCE(pref.currency_tax, false) END
FROM best CROSS JOIN pref)";
  return sql;
}

// One candidate price as the statement returns it (columns from `first`).
struct Chosen {
  std::string id;
  Decimal amount;
  bj::value minQuantity = nullptr;
  bj::value maxQuantity = nullptr;
  bj::value priceListId = nullptr;
  bj::value priceListType = nullptr;
  bool taxInclusive = false;
};

bj::value quantityOf(const pqxx::field& field) {
  if (field.is_null()) return nullptr;
  const auto value = Decimal::parse(field.c_str());
  // Medusa: parseFloat(x) || null, so 0 reads as null too.
  return value.isZero() ? bj::value(nullptr) : value.toJson();
}

Chosen readChosen(const pqxx::row& row) {
  const auto text = [&](int c) {
    return row[c].is_null() ? bj::value(nullptr) : bj::value(bj::string(row[c].c_str()));
  };
  return Chosen{row[1].c_str(),     Decimal::parse(row[2].c_str()),
                quantityOf(row[3]), quantityOf(row[4]),
                text(5),            text(6),
                row[7].as<bool>()};
}

bj::object priceDetails(const std::optional<Chosen>& price, const bj::storage_ptr& storage) {
  if (!price) {
    return bj::object({{"id", nullptr},
                       {"price_list_id", nullptr},
                       {"price_list_type", nullptr},
                       {"min_quantity", nullptr},
                       {"max_quantity", nullptr}},
                      storage);
  }
  return bj::object({{"id", price->id},
                     {"price_list_id", price->priceListId},
                     {"price_list_type", price->priceListType},
                     {"min_quantity", price->minQuantity},
                     {"max_quantity", price->maxQuantity}},
                    storage);
}

bj::value calculatedPrice(std::string_view priceSetId, const std::optional<Chosen>& base,
                          const std::optional<Chosen>& listed, std::string_view currency,
                          const bj::storage_ptr& storage) {
  if (!base && !listed) return nullptr;
  // Medusa: an override list price replaces both; a sale list price wins when not dearer.
  auto calculated = base;
  auto original = base;
  if (listed) {
    if (listed->priceListType.as_string() == "override") {
      calculated = original = listed;
    } else if (!base || listed->amount <= base->amount) {
      calculated = listed;
    }
  }
  const auto amount = [](const std::optional<Chosen>& p) {
    return p ? p->amount.toJson() : bj::value(nullptr);
  };
  const auto raw = [&](const std::optional<Chosen>& p) {
    return p ? bj::value(p->amount.toRawJson(storage)) : bj::value(nullptr);
  };
  return bj::object({{"id", priceSetId},
                     {"is_calculated_price_price_list", !calculated->priceListId.is_null()},
                     {"is_calculated_price_tax_inclusive", calculated->taxInclusive},
                     {"calculated_amount", amount(calculated)},
                     {"raw_calculated_amount", raw(calculated)},
                     {"is_original_price_price_list", original && !original->priceListId.is_null()},
                     {"is_original_price_tax_inclusive", original && original->taxInclusive},
                     {"original_amount", amount(original)},
                     {"raw_original_amount", raw(original)},
                     {"currency_code", currency},
                     {"calculated_price", priceDetails(calculated, storage)},
                     {"original_price", priceDetails(original, storage)}},
                    storage);
}

std::string scalarText(const bj::value& value) {
  return value.is_string() ? std::string(value.get_string()) : json::stringify(value);
}

// Nested objects become dotted attributes and arrays several values of one attribute, as
// Medusa flattens `customer: {groups: [{id}]}` into `customer.groups.id`.
void flatten(const std::string& key, const bj::value& value, PricingContext& out) {
  if (value.is_null()) return;
  if (value.is_object()) {
    for (const auto& [k, v] : value.get_object()) flatten(key + "." + std::string(k), v, out);
  } else if (value.is_array()) {
    for (const auto& item : value.get_array()) flatten(key, item, out);
  } else {
    out.attributes.push_back(key);
    out.values.push_back(scalarText(value));
  }
}

}  // namespace

PricingContext parseContext(const bj::object& context) {
  PricingContext out;
  const auto* currency = context.if_contains("currency_code");
  if (!currency || !currency->is_string() || currency->get_string().empty()) {
    throw Error(ErrorType::InvalidData,
                "Method calculatePrices requires currency_code in the pricing context");
  }
  out.currencyCode = std::string(currency->get_string());
  for (const auto& [key, value] : context) {
    if (key == "currency_code") continue;
    if (key == "quantity") {
      if (!value.is_null()) out.quantity = Decimal::fromJson(value).toString();
      continue;
    }
    if (key == "region_id" && value.is_string()) out.regionId = std::string(value.get_string());
    flatten(std::string(key), value, out);
  }
  return out;
}

const bj::object& contextOfArgs(const bj::object& args) {
  if (const auto* inner = args.if_contains("context"); inner && inner->is_object()) {
    return inner->get_object();
  }
  return args;
}

std::vector<bj::value> calculatePrices(framework::SqlRunner& sql, db::TxContext& tx,
                                       const std::vector<std::string>& priceSetIds,
                                       const PricingContext& context,
                                       const bj::storage_ptr& storage) {
  std::vector<bj::value> out;
  if (priceSetIds.empty()) return out;
  db::Params params;
  params.addArray(priceSetIds);
  params.add(context.currencyCode);
  params.addArray(context.attributes);
  params.addArray(context.values);
  params.add(context.quantity);
  params.add(context.regionId);
  const auto result = sql.runPrepared(tx, calculateSql(), params);
  // Per price set: its best base price and its best price list price.
  std::unordered_map<std::string_view, std::pair<std::optional<Chosen>, std::optional<Chosen>>>
      best;
  for (const auto& row : result) {
    auto chosen = readChosen(row);
    auto& slot = best[std::string_view(row[0].c_str(), row[0].size())];
    (chosen.priceListId.is_null() ? slot.first : slot.second) = std::move(chosen);
  }
  out.reserve(priceSetIds.size());
  for (const auto& id : priceSetIds) {
    const auto found = best.find(id);
    out.push_back(found == best.end()
                      ? bj::value(nullptr)
                      : calculatedPrice(id, found->second.first, found->second.second,
                                        context.currencyCode, storage));
  }
  return out;
}

}  // namespace medusa::pricing::detail
