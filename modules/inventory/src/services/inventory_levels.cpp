// SPDX-License-Identifier: MIT
// Inventory levels: stock of one item at one location.
#include <algorithm>
#include <unordered_map>

#include "../repositories/inventory_statements.h"
#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "medusa/inventory/inventory_module_service.h"

namespace medusa::inventory {

namespace bj = boost::json;

namespace {

std::string keyOf(std::string_view item, std::string_view location) {
  return std::string(item) + '\n' + std::string(location);
}

std::string keyOf(const bj::value& level) {
  return keyOf(level.at("inventory_item_id").as_string(), level.at("location_id").as_string());
}

bool isPositive(const bj::value& quantity) {
  const auto value = Decimal::fromJson(quantity);
  return !value.isZero() && !value.isNegative();
}

ItemLocation itemLocationOf(const bj::value& input) {
  const auto* object = input.if_object();
  const auto* item = object ? object->if_contains("inventory_item_id") : nullptr;
  const auto* location = object ? object->if_contains("location_id") : nullptr;
  if (!item || !item->is_string() || !location || !location->is_string()) {
    throw Error(ErrorType::InvalidData,
                "Each inventory level needs its inventory_item_id and location_id");
  }
  return {std::string(item->get_string()), std::string(location->get_string())};
}

// Medusa names each location once, in order of appearance.
std::string locationsOf(const bj::array& levels, bool (*pick)(const bj::object&)) {
  std::vector<std::string> seen;
  for (const auto& level : levels) {
    const auto& row = level.as_object();
    if (!pick(row)) continue;
    std::string location(row.at("location_id").as_string());
    if (std::find(seen.begin(), seen.end(), location) == seen.end()) seen.push_back(location);
  }
  std::string joined;
  for (const auto& location : seen) joined += (joined.empty() ? "" : ", ") + location;
  return joined;
}

}  // namespace

bj::array InventoryModuleService::levelsAt(const std::vector<ItemLocation>& pairs,
                                           db::TxContext& tx) const {
  if (pairs.empty()) return {};
  bj::array any;
  for (const auto& pair : pairs) {
    any.push_back(
        bj::object{{"inventory_item_id", pair.inventoryItemId}, {"location_id", pair.locationId}});
  }
  return entity("inventory_level").list({.filters = {{"$or", std::move(any)}}}, &tx);
}

bj::array InventoryModuleService::createInventoryLevels(const bj::array& data,
                                                        db::TxContext* tx) const {
  bj::array rows;
  for (const auto& input : data) {
    itemLocationOf(input);
    auto row = input.get_object();
    row.erase("reserved_quantity");
    rows.push_back(std::move(row));
  }
  return entity("inventory_level").create(rows, tx);
}

bj::array InventoryModuleService::listInventoryLevels(const bj::object& filters,
                                                      const std::vector<std::string>& fields,
                                                      db::TxContext* tx) const {
  return entity("inventory_level").list({.filters = filters, .fields = fields}, tx);
}

bj::array InventoryModuleService::updateInventoryLevels(const bj::array& data,
                                                        db::TxContext* tx) const {
  const auto& levels = entity("inventory_level");
  return levels.pool().transact(tx, [&](db::TxContext& t) {
    std::vector<ItemLocation> pairs;
    for (const auto& input : data) pairs.push_back(itemLocationOf(input));
    std::unordered_map<std::string, bj::value> idByKey;
    for (const auto& level : levelsAt(pairs, t)) idByKey.emplace(keyOf(level), level.at("id"));
    std::string missing;
    for (const auto& pair : pairs) {
      if (idByKey.contains(keyOf(pair.inventoryItemId, pair.locationId))) continue;
      missing += (missing.empty() ? "" : ", ") + ("Item " + pair.inventoryItemId +
                                                  " is not stocked at location " + pair.locationId);
    }
    if (!missing.empty()) throw Error(ErrorType::NotFound, missing);
    bj::array rows;
    for (std::size_t i = 0; i < data.size(); ++i) {
      auto row = data[i].get_object();
      row["id"] = idByKey.at(keyOf(pairs[i].inventoryItemId, pairs[i].locationId));
      for (const auto* fixed : {"reserved_quantity", "inventory_item_id", "location_id"}) {
        row.erase(fixed);
      }
      rows.push_back(std::move(row));
    }
    return levels.update(rows, &t);
  });
}

std::vector<std::string> InventoryModuleService::deleteInventoryLevels(
    const std::vector<ItemLocation>& pairs, bool force, db::TxContext* tx) const {
  const auto& levels = entity("inventory_level");
  return levels.pool().transact(tx, [&](db::TxContext& t) {
    const auto found = levelsAt(pairs, t);
    const auto busy = locationsOf(found, [](const bj::object& level) {
      return isPositive(level.at("reserved_quantity")) || isPositive(level.at("incoming_quantity"));
    });
    if (!busy.empty()) {
      throw Error(ErrorType::NotAllowed, "Cannot remove Inventory Levels for " + busy +
                                             " because there are reserved or incoming items at "
                                             "the locations");
    }
    const auto stocked = locationsOf(
        found, [](const bj::object& level) { return isPositive(level.at("stocked_quantity")); });
    if (!force && !stocked.empty()) {
      throw Error(ErrorType::NotAllowed, "Cannot remove Inventory Levels for " + stocked +
                                             " because there are stocked items at the locations. "
                                             "Use force flag to delete anyway.");
    }
    std::vector<std::string> ids;
    for (const auto& level : found) ids.emplace_back(level.at("id").as_string());
    if (!ids.empty()) levels.softDelete(ids, &t);
    return ids;
  });
}

void InventoryModuleService::restoreInventoryLevels(const std::vector<std::string>& ids,
                                                    db::TxContext* tx) const {
  if (!ids.empty()) entity("inventory_level").restore(ids, tx);
}

bj::object InventoryModuleService::adjustInventory(const ItemLocation& level,
                                                   const Decimal& adjustment,
                                                   db::TxContext* tx) const {
  const auto& levels = entity("inventory_level");
  return levels.pool().transact(tx, [&](db::TxContext& t) {
    const auto result = t.exec(detail::kAdjustStocked, level.inventoryItemId, level.locationId,
                               adjustment.toString());
    if (result.empty()) {
      throw Error(ErrorType::NotFound, "Inventory level for item " + level.inventoryItemId +
                                           " and location " + level.locationId + " not found");
    }
    return levels.retrieve(result[0][0].c_str(), {}, &t);
  });
}

}  // namespace medusa::inventory
