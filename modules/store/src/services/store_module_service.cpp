// SPDX-License-Identifier: MIT
#include "medusa/store/store_module_service.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "medusa/core/error.h"
#include "medusa/db/pool.h"

namespace medusa::store {

namespace bj = boost::json;

namespace {

const std::vector<std::string> kStoreFields{"*", "*supported_currencies"};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Medusa's normalizeInput + validateCreateRequest: codes lower-cased, name trimmed, each code
// once, exactly one default when there are currencies at all.
bj::object normalize(const bj::value& input) {
  if (!input.is_object()) throw Error(ErrorType::InvalidData, "Each store must be an object");
  auto row = input.get_object();
  if (auto* name = row.if_contains("name"); name && name->is_string()) {
    *name = bj::string(trimmed(name->get_string()));
  }
  auto* currencies = row.if_contains("supported_currencies");
  if (!currencies || currencies->is_null()) return row;
  if (!currencies->is_array()) {
    throw Error(ErrorType::InvalidData, "supported_currencies must be an array");
  }
  std::set<std::string> seen, duplicates;
  int defaults = 0;
  for (auto& currency : currencies->get_array()) {
    auto* code = currency.is_object() ? currency.get_object().if_contains("currency_code") : nullptr;
    if (!code || !code->is_string()) {
      throw Error(ErrorType::InvalidData, "Each supported currency needs its currency_code");
    }
    *code = bj::string(lower(code->get_string()));
    if (!seen.insert(std::string(code->get_string())).second) {
      duplicates.emplace(code->get_string());
    }
    const auto* isDefault = currency.get_object().if_contains("is_default");
    if (isDefault && isDefault->is_bool() && isDefault->get_bool()) ++defaults;
  }
  if (!duplicates.empty()) {
    std::string list;
    for (const auto& code : duplicates) list += (list.empty() ? "" : ", ") + code;
    throw Error(ErrorType::InvalidData, "Duplicate currency codes: " + list);
  }
  if (defaults > 1) throw Error(ErrorType::InvalidData, "Only one default currency is allowed");
  if (!currencies->get_array().empty() && defaults == 0) {
    throw Error(ErrorType::InvalidData, "There should be a default currency set for the store");
  }
  return row;
}

}  // namespace

bj::array StoreModuleService::createStores(const bj::array& data, db::TxContext* tx) const {
  bj::array rows;
  for (const auto& input : data) rows.push_back(normalize(input));
  return entity("store").create(rows, tx);
}

bj::array StoreModuleService::updateStores(const bj::array& data, db::TxContext* tx) const {
  return entity("store").pool().transact(tx,
                                         [&](db::TxContext& t) { return updateImpl(data, t); });
}

bj::array StoreModuleService::updateImpl(const bj::array& data, db::TxContext& tx) const {
  std::vector<std::string> ids, replacing;
  bj::array rows, currencies;
  for (const auto& input : data) {
    auto row = normalize(input);
    const auto* id = row.if_contains("id");
    if (!id || !id->is_string()) {
      throw Error(ErrorType::InvalidData, "Each store to update needs its id");
    }
    ids.emplace_back(id->get_string());
    if (const auto* given = row.if_contains("supported_currencies"); given && given->is_array()) {
      replacing.push_back(ids.back());
      for (const auto& currency : given->get_array()) {
        auto child = currency.get_object();
        child.insert_or_assign("store_id", ids.back());
        currencies.push_back(std::move(child));
      }
    }
    row.erase("supported_currencies");
    rows.push_back(std::move(row));
  }
  // Rows first: an unknown store is a NotFound before its currencies are touched.
  entity("store").repository().update(tx, rows);
  if (!replacing.empty()) {
    // Replace semantics, as Medusa's upsertWithReplace: what the input omits is deleted.
    bj::array storeIds;
    for (const auto& id : replacing) storeIds.emplace_back(id);
    const auto& currencyRepository = entity("store_currency").repository();
    std::vector<std::string> old;
    for (const auto& row : currencyRepository.list(
             tx, {.filters = {{"store_id", storeIds}}, .fields = {"id"}})) {
      old.emplace_back(row.at("id").as_string());
    }
    if (!old.empty()) currencyRepository.remove(tx, old);
    if (!currencies.empty()) currencyRepository.create(tx, currencies);
  }
  return withCurrencies(ids, tx);
}

bj::array StoreModuleService::withCurrencies(const std::vector<std::string>& ids,
                                             db::TxContext& tx) const {
  bj::array idArray;
  for (const auto& id : ids) idArray.emplace_back(id);
  auto rows = entity("store").repository().list(
      tx, {.filters = {{"id", idArray}}, .fields = kStoreFields});
  bj::array out;
  for (const auto& id : ids) {
    for (auto& row : rows) {
      if (row.at("id").as_string() == id) out.push_back(row);
    }
  }
  return out;
}

bj::object StoreModuleService::retrieveStore(std::string_view id, db::TxContext* tx) const {
  return entity("store").retrieve(id, {.fields = kStoreFields}, tx);
}

framework::ListResult StoreModuleService::listAndCountStores(const framework::FindOptions& options,
                                                             db::TxContext* tx) const {
  auto withDefaults = options;
  if (withDefaults.fields.empty()) withDefaults.fields = kStoreFields;
  return entity("store").listAndCount(withDefaults, tx);
}

void StoreModuleService::deleteStores(const std::vector<std::string>& ids,
                                      db::TxContext* tx) const {
  if (!ids.empty()) entity("store").remove(ids, tx);
}

}  // namespace medusa::store
