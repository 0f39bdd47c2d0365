// SPDX-License-Identifier: MIT
// Price sets and their prices: create, replace, add, delete, read; and calculatePrices.
#include "medusa/pricing/pricing_module_service.h"

#include <map>
#include <set>
#include <unordered_map>

#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "price_calculator.h"
#include "price_input.h"

namespace medusa::pricing {

namespace bj = boost::json;

namespace {

// Price sets as the service returns them: prices with Medusa's `rules` object.
const std::vector<std::string> kPriceSetFields{"*", "*prices", "prices.rules"};

bj::array toArray(const std::vector<std::string>& ids) {
  bj::array out;
  for (const auto& id : ids) out.emplace_back(id);
  return out;
}

std::string idOf(const bj::value& row, std::string_view key = "id") {
  const auto* object = row.if_object();
  const auto* id = object ? object->if_contains(key) : nullptr;
  if (!id || !id->is_string()) {
    throw Error(ErrorType::InvalidData, "Each entry needs its " + std::string(key));
  }
  return std::string(id->get_string());
}

// Medusa leaves price list prices out of a price set's `prices`.
void dropPriceListPrices(bj::object& priceSet) {
  auto* prices = priceSet.if_contains("prices");
  if (!prices || !prices->is_array()) return;
  bj::array kept;
  for (auto& price : prices->get_array()) {
    const auto* list = price.as_object().if_contains("price_list_id");
    if (!list || list->is_null()) kept.push_back(std::move(price));
  }
  *prices = std::move(kept);
}

const bj::array& pricesOf(const bj::value& entry) {
  static const bj::array kNone;
  const auto* prices = entry.as_object().if_contains("prices");
  if (!prices || prices->is_null()) return kNone;
  if (!prices->is_array()) throw Error(ErrorType::InvalidData, "prices must be an array");
  return prices->get_array();
}

}  // namespace

PricingModuleService::PricingModuleService(const framework::ModuleContext& context)
    : ModuleService(context), m_sql(&context.query().sql()) {}

bj::array PricingModuleService::createPriceSets(const bj::array& data, db::TxContext* tx) const {
  bj::array rows;
  rows.reserve(data.size());
  for (const auto& entry : data) {
    if (!entry.is_object()) throw Error(ErrorType::InvalidData, "Each price set must be an object");
    auto row = entry.get_object();
    bj::array prices;
    for (const auto& price : pricesOf(entry)) prices.push_back(detail::normalizePrice(price));
    row["prices"] = std::move(prices);
    rows.push_back(std::move(row));
  }
  return entity("price_set").create(rows, tx);
}

bj::array PricingModuleService::updatePriceSets(const bj::array& data, db::TxContext* tx) const {
  return entity("price_set").pool().transact(tx,
                                             [&](db::TxContext& t) { return updateImpl(data, t); });
}

bj::array PricingModuleService::upsertPriceSets(const bj::array& data, db::TxContext* tx) const {
  return entity("price_set").pool().transact(tx, [&](db::TxContext& t) {
    bj::array toCreate, toUpdate;
    for (const auto& entry : data) {
      const auto* id = entry.is_object() ? entry.get_object().if_contains("id") : nullptr;
      (id && id->is_string() ? toUpdate : toCreate).push_back(entry);
    }
    auto out = toCreate.empty() ? bj::array{} : createPriceSets(toCreate, &t);
    if (!toUpdate.empty()) {
      for (auto& row : updateImpl(toUpdate, t)) out.push_back(std::move(row));
    }
    return out;
  });
}

bj::array PricingModuleService::updateImpl(const bj::array& data, db::TxContext& tx) const {
  std::vector<std::string> setIds;
  for (const auto& entry : data) setIds.push_back(idOf(entry));
  const auto& prices = entity("price").repository();
  // Existing prices outside price lists; also proves every price set exists (NotFound).
  const auto sets = listWithPrices(setIds, tx);
  std::unordered_map<std::string, std::string> existing;  // price id -> price set id
  for (const auto& set : sets) {
    for (const auto& price : set.at("prices").as_array()) {
      existing.emplace(idOf(price), idOf(set));
    }
  }
  bj::array toCreate;
  std::set<std::string> kept;
  for (std::size_t i = 0; i < data.size(); ++i) {
    if (!data[i].as_object().contains("prices")) continue;
    for (const auto& input : pricesOf(data[i])) {
      auto price = detail::normalizePrice(input);
      const auto* id = price.if_contains("id");
      const auto known = id && id->is_string() ? existing.find(std::string(id->get_string()))
                                               : existing.end();
      if (known == existing.end() || known->second != setIds[i]) {
        price.erase("id");  // not one of this set's prices: a new price
        price["price_set_id"] = setIds[i];
        toCreate.push_back(std::move(price));
        continue;
      }
      kept.insert(known->first);
      if (auto* rules = price.if_contains("price_rules")) {
        replaceRules(known->first, rules->as_array(), tx);
        price.erase("price_rules");
      }
      price.erase("price_set_id");
      prices.update(tx, bj::array{price});
    }
  }
  std::vector<std::string> removed;
  for (std::size_t i = 0; i < data.size(); ++i) {
    if (!data[i].as_object().contains("prices")) continue;
    for (const auto& [priceId, setId] : existing) {
      if (setId == setIds[i] && !kept.count(priceId)) removed.push_back(priceId);
    }
  }
  if (!removed.empty()) prices.remove(tx, removed);
  if (!toCreate.empty()) prices.create(tx, toCreate);
  return listWithPrices(setIds, tx);
}

void PricingModuleService::replaceRules(const std::string& priceId, const bj::array& rules,
                                        db::TxContext& tx) const {
  const auto& repository = entity("price_rule").repository();
  std::vector<std::string> old;
  for (const auto& row :
       repository.list(tx, {.filters = {{"price_id", priceId}}, .fields = {"id"}})) {
    old.push_back(idOf(row));
  }
  if (!old.empty()) repository.remove(tx, old);
  bj::array rows;
  for (const auto& rule : rules) {
    auto row = rule.as_object();
    row["price_id"] = priceId;
    rows.push_back(std::move(row));
  }
  if (!rows.empty()) repository.create(tx, rows);
}

bj::array PricingModuleService::addPrices(const bj::array& data, db::TxContext* tx) const {
  return entity("price_set").pool().transact(
      tx, [&](db::TxContext& t) { return addPricesImpl(data, t); });
}

bj::array PricingModuleService::addPricesImpl(const bj::array& data, db::TxContext& tx) const {
  std::vector<std::string> setIds;
  for (const auto& entry : data) setIds.push_back(idOf(entry, "price_set_id"));
  const auto sets = listWithPrices(setIds, tx);
  std::map<std::string, std::string> existing;  // set id + price identity -> price id
  for (const auto& set : sets) {
    for (const auto& price : set.at("prices").as_array()) {
      auto withRules = price.as_object();
      bj::array rules;
      for (const auto& [attribute, value] : withRules.at("rules").as_object()) {
        rules.push_back(bj::object{{"attribute", attribute}, {"value", value}});
      }
      withRules["price_rules"] = std::move(rules);
      existing.emplace(idOf(set) + "#" + detail::priceIdentity(withRules), idOf(price));
    }
  }
  bj::array toCreate, toUpdate;
  for (std::size_t i = 0; i < data.size(); ++i) {
    for (const auto& input : pricesOf(data[i])) {
      auto price = detail::normalizePrice(input);
      price["price_set_id"] = setIds[i];
      const auto found = existing.find(setIds[i] + "#" + detail::priceIdentity(price));
      if (found == existing.end()) {
        toCreate.push_back(std::move(price));
        continue;
      }
      // The same price again: only its amount (and title) change, its rules stay.
      price.erase("price_rules");
      price.erase("rules_count");
      price.erase("price_set_id");
      price["id"] = found->second;
      toUpdate.push_back(std::move(price));
    }
  }
  const auto& prices = entity("price").repository();
  if (!toUpdate.empty()) prices.update(tx, toUpdate);
  if (!toCreate.empty()) prices.create(tx, toCreate);
  return listWithPrices(setIds, tx);
}

void PricingModuleService::removePrices(const std::vector<std::string>& ids,
                                        db::TxContext* tx) const {
  if (!ids.empty()) entity("price").remove(ids, tx);
}

bj::array PricingModuleService::listWithPrices(const std::vector<std::string>& ids,
                                               db::TxContext& tx) const {
  auto rows = entity("price_set").repository().list(
      tx, {.filters = {{"id", toArray(ids)}}, .fields = kPriceSetFields});
  std::unordered_map<std::string, bj::object*> byId;
  for (auto& row : rows) byId.emplace(idOf(row), &row.as_object());
  bj::array out;
  out.reserve(ids.size());
  for (const auto& id : ids) {
    const auto found = byId.find(id);
    if (found == byId.end()) {
      throw Error(ErrorType::NotFound, "Price set with id: " + id + " was not found");
    }
    dropPriceListPrices(*found->second);
    out.push_back(*found->second);
  }
  return out;
}

bj::object PricingModuleService::retrievePriceSet(std::string_view id, db::TxContext* tx) const {
  auto row = entity("price_set").retrieve(id, {.fields = kPriceSetFields}, tx);
  dropPriceListPrices(row);
  return row;
}

bj::array PricingModuleService::listPriceSets(const framework::FindOptions& options,
                                              db::TxContext* tx) const {
  auto withDefaults = options;
  if (withDefaults.fields.empty()) withDefaults.fields = kPriceSetFields;
  auto rows = entity("price_set").list(withDefaults, tx);
  for (auto& row : rows) dropPriceListPrices(row.as_object());
  return rows;
}

void PricingModuleService::softDeletePriceSets(const std::vector<std::string>& ids,
                                               db::TxContext* tx) const {
  if (!ids.empty()) entity("price_set").softDelete(ids, tx);
}

void PricingModuleService::restorePriceSets(const std::vector<std::string>& ids,
                                            db::TxContext* tx) const {
  if (!ids.empty()) entity("price_set").restore(ids, tx);
}

void PricingModuleService::deletePriceSets(const std::vector<std::string>& ids,
                                           db::TxContext* tx) const {
  if (!ids.empty()) entity("price_set").remove(ids, tx);
}

bj::object PricingModuleService::calculatePrices(const std::vector<std::string>& priceSetIds,
                                                 const bj::object& context, db::TxContext* tx,
                                                 const bj::storage_ptr& storage) const {
  const auto parsed = detail::parseContext(context);
  auto values = entity("price").pool().transact(tx, [&](db::TxContext& t) {
    return detail::calculatePrices(*m_sql, t, priceSetIds, parsed, storage);
  });
  bj::object out(storage);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!values[i].is_null()) out.insert_or_assign(priceSetIds[i], std::move(values[i]));
  }
  return out;
}

}  // namespace medusa::pricing
