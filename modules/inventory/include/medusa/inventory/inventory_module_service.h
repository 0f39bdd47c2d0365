// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/core/decimal.h"
#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::inventory {

/// An inventory level's natural key.
struct ItemLocation {
  std::string inventoryItemId{};
  std::string locationId{};
};

/// The inventory module's service (Medusa's InventoryModuleService). Rows are wire-shaped JSON
/// objects; quantities are numbers with `raw_` companions. reserved_quantity only ever changes
/// through reservations: it is dropped from level inputs, as Medusa does.
class InventoryModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  // Items.

  /// Creates items ({sku?, title?, …, requires_shipping? (true), metadata?, location_levels?:
  /// [{location_id, stocked_quantity?, incoming_quantity?}]}); levels come back under
  /// `location_levels`. A live item with the same sku: Error{InvalidData} (`… already exists.`).
  boost::json::array createInventoryItems(const boost::json::array& data,
                                          db::TxContext* tx = nullptr) const;
  /// One item; Error{NotFound} `Inventory item with id: X was not found`.
  boost::json::object retrieveInventoryItem(std::string_view id,
                                            const std::vector<std::string>& fields = {},
                                            db::TxContext* tx = nullptr) const;
  /// Items matching the filters (Query filter syntax).
  boost::json::array listInventoryItems(const boost::json::object& filters = {},
                                        const std::vector<std::string>& fields = {},
                                        db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id (`location_levels` is ignored, as in Medusa).
  boost::json::array updateInventoryItems(const boost::json::array& data,
                                          db::TxContext* tx = nullptr) const;
  /// Soft-deletes items with their levels and reservations.
  void softDeleteInventoryItems(const std::vector<std::string>& ids,
                                db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted items with their levels and reservations.
  void restoreInventoryItems(const std::vector<std::string>& ids,
                             db::TxContext* tx = nullptr) const;
  /// Deletes items for good with their levels and reservations.
  void deleteInventoryItems(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  // Levels.

  /// Creates levels ({inventory_item_id, location_id, stocked_quantity?, incoming_quantity?,
  /// metadata?}). A live level for the same item and location: Error{InvalidData} (`… already exists.`).
  boost::json::array createInventoryLevels(const boost::json::array& data,
                                           db::TxContext* tx = nullptr) const;
  /// Levels matching the filters (Query filter syntax).
  boost::json::array listInventoryLevels(const boost::json::object& filters = {},
                                         const std::vector<std::string>& fields = {},
                                         db::TxContext* tx = nullptr) const;
  /// Updates levels named by {inventory_item_id, location_id} (stocked_quantity,
  /// incoming_quantity, metadata). Unknown pairs: Error{NotFound}
  /// `Item X is not stocked at location Y` (comma-joined).
  boost::json::array updateInventoryLevels(const boost::json::array& data,
                                           db::TxContext* tx = nullptr) const;
  /// Soft-deletes the levels of these item/location pairs and returns their ids. Levels with
  /// reserved or incoming quantity, or (unless `force`) stocked quantity: Error{NotAllowed}
  /// with Medusa's `Cannot remove Inventory Levels for <locations> because …` messages.
  std::vector<std::string> deleteInventoryLevels(const std::vector<ItemLocation>& levels,
                                                 bool force = false,
                                                 db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted levels (compensation of deleteInventoryLevels).
  void restoreInventoryLevels(const std::vector<std::string>& ids,
                              db::TxContext* tx = nullptr) const;
  /// Adds `adjustment` (may be negative) to a level's stocked quantity and returns the level;
  /// Error{NotFound} `Inventory level for item X and location Y not found`.
  boost::json::object adjustInventory(const ItemLocation& level, const Decimal& adjustment,
                                      db::TxContext* tx = nullptr) const;

  // Reservations.

  /// Creates reservations ({inventory_item_id, location_id, quantity, line_item_id?,
  /// allow_backorder?, description?, created_by?, external_id?, metadata?}) and raises the
  /// levels' reserved quantity in one statement. No level: Error{NotFound} `Item X is not
  /// stocked at location Y`; not enough available (unless allow_backorder): Error{NotAllowed}
  /// `Not enough stock available for item X at location Y`.
  boost::json::array createReservationItems(const boost::json::array& data,
                                            db::TxContext* tx = nullptr) const;
  /// Partial updates ({id, quantity?, location_id?, allow_backorder?, description?, metadata?,
  /// …}); a changed quantity or location moves reserved_quantity between the levels, checked
  /// as on create. Unknown ids: Error{InvalidData} `Reservation item with id X not found`.
  boost::json::array updateReservationItems(const boost::json::array& data,
                                            db::TxContext* tx = nullptr) const;
  /// Reservations matching the filters (Query filter syntax).
  boost::json::array listReservationItems(const boost::json::object& filters = {},
                                          db::TxContext* tx = nullptr) const;
  /// Deletes reservations for good and gives their quantity back to the levels.
  void deleteReservationItems(const std::vector<std::string>& ids,
                              db::TxContext* tx = nullptr) const;
  /// Soft-deletes the reservations of these line items and gives their quantity back.
  void deleteReservationItemsByLineItem(const std::vector<std::string>& lineItemIds,
                                        db::TxContext* tx = nullptr) const;
  /// Restores the soft-deleted reservations of these line items and reserves their quantity
  /// again (compensation of deleteReservationItemsByLineItem; no availability check, as Medusa).
  void restoreReservationItemsByLineItem(const std::vector<std::string>& lineItemIds,
                                         db::TxContext* tx = nullptr) const;

  // Availability.

  /// Available quantity (stocked - reserved, summed over the given locations) per item, in one
  /// statement for any number of items; every requested item is in the map (0 without levels).
  std::map<std::string, Decimal> retrieveAvailableQuantities(
      const std::vector<std::string>& inventoryItemIds, const std::vector<std::string>& locationIds,
      db::TxContext* tx = nullptr) const;
  /// The same over every location an item has a level at (the admin's total availability).
  std::map<std::string, Decimal> retrieveTotalAvailableQuantities(
      const std::vector<std::string>& inventoryItemIds, db::TxContext* tx = nullptr) const;

 private:
  boost::json::array levelsAt(const std::vector<ItemLocation>& pairs, db::TxContext& tx) const;
  void moveReserved(const boost::json::array& reservations, bool release, db::TxContext& tx) const;
};

}  // namespace medusa::inventory
