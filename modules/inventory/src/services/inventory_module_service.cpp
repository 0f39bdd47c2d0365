// SPDX-License-Identifier: MIT
// Inventory items (levels: inventory_levels.cpp, reservations: inventory_reservations.cpp).
#include "medusa/inventory/inventory_module_service.h"

#include "medusa/core/error.h"

namespace medusa::inventory {

namespace bj = boost::json;

namespace {

// reserved_quantity is the reservations' business; a nested level may not set it.
bj::array sanitizedItems(const bj::array& data) {
  bj::array items;
  items.reserve(data.size());
  for (const auto& item : data) {
    if (!item.is_object()) {
      throw Error(ErrorType::InvalidData, "Each inventory_item must be an object");
    }
    auto row = item.get_object();
    if (auto* levels = row.if_contains("location_levels"); levels && levels->is_array()) {
      for (auto& level : levels->get_array()) {
        if (level.is_object()) level.get_object().erase("reserved_quantity");
      }
    }
    items.push_back(std::move(row));
  }
  return items;
}

}  // namespace

bj::array InventoryModuleService::createInventoryItems(const bj::array& data,
                                                       db::TxContext* tx) const {
  return entity("inventory_item").create(sanitizedItems(data), tx);
}

bj::object InventoryModuleService::retrieveInventoryItem(std::string_view id,
                                                         const std::vector<std::string>& fields,
                                                         db::TxContext* tx) const {
  return entity("inventory_item").retrieve(id, {.fields = fields}, tx);
}

bj::array InventoryModuleService::listInventoryItems(const bj::object& filters,
                                                     const std::vector<std::string>& fields,
                                                     db::TxContext* tx) const {
  return entity("inventory_item").list({.filters = filters, .fields = fields}, tx);
}

bj::array InventoryModuleService::updateInventoryItems(const bj::array& data,
                                                       db::TxContext* tx) const {
  bj::array rows = sanitizedItems(data);
  for (auto& row : rows) row.as_object().erase("location_levels");
  return entity("inventory_item").update(rows, tx);
}

void InventoryModuleService::softDeleteInventoryItems(const std::vector<std::string>& ids,
                                                      db::TxContext* tx) const {
  if (!ids.empty()) entity("inventory_item").softDelete(ids, tx);
}

void InventoryModuleService::restoreInventoryItems(const std::vector<std::string>& ids,
                                                   db::TxContext* tx) const {
  if (!ids.empty()) entity("inventory_item").restore(ids, tx);
}

void InventoryModuleService::deleteInventoryItems(const std::vector<std::string>& ids,
                                                  db::TxContext* tx) const {
  if (!ids.empty()) entity("inventory_item").remove(ids, tx);
}

}  // namespace medusa::inventory
