// SPDX-License-Identifier: MIT
// Reservations (they alone move reserved_quantity) and the batched availability query.
#include <unordered_map>

#include "../repositories/inventory_statements.h"
#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "medusa/inventory/inventory_module_service.h"

namespace medusa::inventory {

namespace bj = boost::json;

namespace {

struct Reservation {
  std::string item;
  std::string location;
  Decimal quantity;
  bool allowBackorder = false;
};

Reservation reservationOf(const bj::value& input) {
  const auto* object = input.if_object();
  const auto text = [&](const char* key) {
    const auto* value = object ? object->if_contains(key) : nullptr;
    if (!value || !value->is_string()) {
      throw Error(ErrorType::InvalidData, std::string("Each reservation needs its ") + key);
    }
    return std::string(value->get_string());
  };
  Reservation r{text("inventory_item_id"), text("location_id"), {}, false};
  const auto* quantity = object->if_contains("quantity");
  if (!quantity) throw Error(ErrorType::InvalidData, "Each reservation needs its quantity");
  r.quantity = Decimal::fromJson(*quantity);
  const auto* backorder = object->if_contains("allow_backorder");
  r.allowBackorder = backorder && backorder->is_bool() && backorder->get_bool();
  return r;
}

bj::array toJson(const std::vector<std::string>& ids) {
  return bj::array(ids.begin(), ids.end());
}

std::string keyOf(std::string_view item, std::string_view location) {
  return std::string(item) + '\n' + std::string(location);
}

// Adds each reservation's quantity (negated when releasing) to its level in one statement;
// returns the available quantity after, by item/location key.
std::unordered_map<std::string, Decimal> adjustReserved(const std::vector<Reservation>& rows,
                                                        bool release, db::TxContext& tx) {
  std::vector<std::string> items, locations, deltas;
  for (const auto& r : rows) {
    items.push_back(r.item);
    locations.push_back(r.location);
    deltas.push_back((release ? -r.quantity : r.quantity).toString());
  }
  std::unordered_map<std::string, Decimal> available;
  if (rows.empty()) return available;
  const auto result = tx.exec(detail::kAdjustReserved, db::toArrayLiteral(items),
                              db::toArrayLiteral(locations), db::toArrayLiteral(deltas));
  for (const auto& row : result) {
    available.emplace(keyOf(row[0].c_str(), row[1].c_str()), Decimal::parse(row[2].c_str()));
  }
  return available;
}

// Every reservation's level must exist, and have stock left unless it allows backorders.
// Checked after the whole batch is applied, so two reservations of the same level cannot each
// pass against the stock the other one takes.
void requireStock(const std::vector<Reservation>& rows,
                  const std::unordered_map<std::string, Decimal>& available) {
  std::string missing;
  for (const auto& r : rows) {
    if (available.contains(keyOf(r.item, r.location))) continue;
    const auto text = "Item " + r.item + " is not stocked at location " + r.location;
    if (missing.find(text) == std::string::npos) missing += (missing.empty() ? "" : ", ") + text;
  }
  if (!missing.empty()) throw Error(ErrorType::NotFound, missing);
  for (const auto& r : rows) {
    if (!r.allowBackorder && available.at(keyOf(r.item, r.location)).isNegative()) {
      throw Error(ErrorType::NotAllowed,
                  "Not enough stock available for item " + r.item + " at location " + r.location);
    }
  }
}

}  // namespace

bj::array InventoryModuleService::createReservationItems(const bj::array& data,
                                                         db::TxContext* tx) const {
  if (data.empty()) return {};
  const auto& reservations = entity("reservation_item");
  return reservations.pool().transact(tx, [&](db::TxContext& t) {
    std::vector<Reservation> rows;
    for (const auto& input : data) rows.push_back(reservationOf(input));
    const auto available = adjustReserved(rows, false, t);
    requireStock(rows, available);
    return reservations.create(data, &t);
  });
}

bj::array InventoryModuleService::updateReservationItems(const bj::array& data,
                                                         db::TxContext* tx) const {
  if (data.empty()) return {};
  const auto& reservations = entity("reservation_item");
  return reservations.pool().transact(tx, [&](db::TxContext& t) {
    bj::array ids;
    for (const auto& input : data) {
      const auto* object = input.if_object();
      const auto* id = object ? object->if_contains("id") : nullptr;
      if (!id || !id->is_string()) {
        throw Error(ErrorType::InvalidData, "Each reservation to update needs its id");
      }
      ids.push_back(*id);
    }
    std::unordered_map<std::string, Reservation> current;
    for (const auto& row : reservations.list({.filters = {{"id", ids}}}, &t)) {
      current.emplace(row.at("id").as_string(), reservationOf(row));
    }
    std::string missing;
    for (const auto& id : ids) {
      if (current.contains(std::string(id.as_string()))) continue;
      missing += (missing.empty() ? "" : ", ") + std::string(id.as_string());
    }
    if (!missing.empty()) {
      throw Error(ErrorType::InvalidData, "Reservation item with id " + missing + " not found");
    }
    // A change takes the old quantity off the old level and puts the new one on the new level
    // (the statement sums per level, so staying put nets to the difference).
    std::vector<Reservation> moves, checks;
    for (const auto& input : data) {
      const auto& object = input.get_object();
      const auto& was = current.at(std::string(object.at("id").as_string()));
      Reservation now = was;
      if (const auto* location = object.if_contains("location_id");
          location && location->is_string()) {
        now.location = std::string(location->get_string());
      }
      if (const auto* quantity = object.if_contains("quantity")) {
        now.quantity = Decimal::fromJson(*quantity);
      }
      if (const auto* backorder = object.if_contains("allow_backorder");
          backorder && backorder->is_bool()) {
        now.allowBackorder = was.allowBackorder || backorder->get_bool();
      }
      const bool moved = now.location != was.location;
      if (!moved && now.quantity == was.quantity) continue;
      moves.push_back({was.item, was.location, -was.quantity, true});
      moves.push_back(now);
      if (moved || now.quantity > was.quantity) checks.push_back(now);
    }
    requireStock(checks, adjustReserved(moves, false, t));
    return reservations.update(data, &t);
  });
}

bj::array InventoryModuleService::listReservationItems(const bj::object& filters,
                                                       db::TxContext* tx) const {
  return entity("reservation_item").list({.filters = filters}, tx);
}

void InventoryModuleService::moveReserved(const bj::array& reservations, bool release,
                                          db::TxContext& tx) const {
  std::vector<Reservation> rows;
  for (const auto& reservation : reservations) rows.push_back(reservationOf(reservation));
  adjustReserved(rows, release, tx);  // a level deleted meanwhile is left alone
}

void InventoryModuleService::deleteReservationItems(const std::vector<std::string>& ids,
                                                    db::TxContext* tx) const {
  if (ids.empty()) return;
  const auto& reservations = entity("reservation_item");
  reservations.pool().transact(tx, [&](db::TxContext& t) {
    const auto rows = reservations.list({.filters = {{"id", toJson(ids)}}}, &t);
    reservations.remove(ids, &t);
    moveReserved(rows, true, t);
  });
}

void InventoryModuleService::deleteReservationItemsByLineItem(
    const std::vector<std::string>& lineItemIds, db::TxContext* tx) const {
  if (lineItemIds.empty()) return;
  const auto& reservations = entity("reservation_item");
  reservations.pool().transact(tx, [&](db::TxContext& t) {
    const auto rows = reservations.list({.filters = {{"line_item_id", toJson(lineItemIds)}}}, &t);
    std::vector<std::string> ids;
    for (const auto& row : rows) ids.emplace_back(row.at("id").as_string());
    if (ids.empty()) return;
    reservations.softDelete(ids, &t);  // as Medusa: soft, so an order edit can restore them
    moveReserved(rows, true, t);
  });
}

void InventoryModuleService::restoreReservationItemsByLineItem(
    const std::vector<std::string>& lineItemIds, db::TxContext* tx) const {
  if (lineItemIds.empty()) return;
  const auto& reservations = entity("reservation_item");
  reservations.pool().transact(tx, [&](db::TxContext& t) {
    const bj::object deleted{{"line_item_id", toJson(lineItemIds)},
                             {"deleted_at", bj::object{{"$ne", nullptr}}}};
    const auto rows = reservations.list({.filters = deleted, .withDeleted = true}, &t);
    std::vector<std::string> ids;
    for (const auto& row : rows) ids.emplace_back(row.at("id").as_string());
    if (ids.empty()) return;
    reservations.restore(ids, &t);
    moveReserved(rows, false, t);
  });
}

std::map<std::string, Decimal> InventoryModuleService::retrieveAvailableQuantities(
    const std::vector<std::string>& inventoryItemIds, const std::vector<std::string>& locationIds,
    db::TxContext* tx) const {
  std::map<std::string, Decimal> out;
  for (const auto& id : inventoryItemIds) out.emplace(id, Decimal(0));
  if (inventoryItemIds.empty() || locationIds.empty()) return out;
  entity("inventory_level").pool().transact(tx, [&](db::TxContext& t) {
    const auto result = t.exec(detail::kAvailableQuantities, db::toArrayLiteral(inventoryItemIds),
                               db::toArrayLiteral(locationIds));
    for (const auto& row : result) out[row[0].c_str()] = Decimal::parse(row[1].c_str());
  });
  return out;
}

std::map<std::string, Decimal> InventoryModuleService::retrieveTotalAvailableQuantities(
    const std::vector<std::string>& inventoryItemIds, db::TxContext* tx) const {
  std::map<std::string, Decimal> out;
  for (const auto& id : inventoryItemIds) out.emplace(id, Decimal(0));
  if (inventoryItemIds.empty()) return out;
  entity("inventory_level").pool().transact(tx, [&](db::TxContext& t) {
    // The item sums the computed stocked/reserved fields read: available = stocked - reserved.
    const auto result = t.exec(detail::kItemQuantities, db::toArrayLiteral(inventoryItemIds));
    for (const auto& row : result) {
      out[row[0].c_str()] = Decimal::parse(row[1].c_str()) - Decimal::parse(row[2].c_str());
    }
  });
  return out;
}

}  // namespace medusa::inventory
