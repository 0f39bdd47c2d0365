// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::stock_location {

/// The stock location module's service (Medusa's StockLocationModuleService). Rows are
/// wire-shaped JSON objects.
class StockLocationModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// Creates locations ({name, address?: {address_1, country_code, address_2?, company?, city?,
  /// phone?, province?, postal_code?, metadata?}, address_id?, metadata?}). A nested address is
  /// created first and returned under `address`.
  boost::json::array createStockLocations(const boost::json::array& data,
                                          db::TxContext* tx = nullptr) const;
  /// One location (fields as Repository: "*", "address.*"); Error{NotFound}
  /// `Stock location with id: X was not found`.
  boost::json::object retrieveStockLocation(std::string_view id,
                                            const std::vector<std::string>& fields = {},
                                            db::TxContext* tx = nullptr) const;
  /// Locations matching the filters (Query filter syntax).
  boost::json::array listStockLocations(const boost::json::object& filters = {},
                                        const std::vector<std::string>& fields = {},
                                        db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id. An `address` object updates the location's address,
  /// or creates one (and sets address_id) when it has none, as Medusa's upsert does.
  boost::json::array updateStockLocations(const boost::json::array& data,
                                          db::TxContext* tx = nullptr) const;
  /// Soft-deletes locations (DELETE /admin/stock-locations/{id}).
  void softDeleteStockLocations(const std::vector<std::string>& ids,
                                db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted locations (compensation of softDeleteStockLocations).
  void restoreStockLocations(const std::vector<std::string>& ids,
                             db::TxContext* tx = nullptr) const;
  /// Deletes locations for good, with their addresses (compensation of createStockLocations).
  void deleteStockLocations(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
};

}  // namespace medusa::stock_location
