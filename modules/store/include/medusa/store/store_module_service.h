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

namespace medusa::store {

/// The store module's service (Medusa's StoreModuleService). Rows are wire-shaped JSON, with
/// `supported_currencies` [{id, currency_code, is_default, is_tax_inclusive, store_id, ...}].
///
/// `supported_currencies` (codes lower-cased) must name each code once (Error{InvalidData}
/// `Duplicate currency codes: usd`) and, when not empty, exactly one default
/// (`Only one default currency is allowed` / `There should be a default currency set for the
/// store`).
class StoreModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// Creates stores ({name?, supported_currencies?, default_*_id?, metadata?}).
  boost::json::array createStores(const boost::json::array& data,
                                  db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id; `supported_currencies`, when given, replaces the
  /// store's list. Returns the stores with their currencies.
  boost::json::array updateStores(const boost::json::array& data,
                                  db::TxContext* tx = nullptr) const;
  /// One store with its currencies; Error{NotFound} `Store with id: X was not found`.
  boost::json::object retrieveStore(std::string_view id, db::TxContext* tx = nullptr) const;
  /// Stores (with currencies unless `options.fields` says otherwise) and their count.
  framework::ListResult listAndCountStores(const framework::FindOptions& options = {},
                                           db::TxContext* tx = nullptr) const;
  /// Deletes stores for good, with their currencies (compensation of createStores).
  void deleteStores(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

 private:
  boost::json::array updateImpl(const boost::json::array& data, db::TxContext& tx) const;
  boost::json::array withCurrencies(const std::vector<std::string>& ids,
                                    db::TxContext& tx) const;
};

}  // namespace medusa::store
