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

namespace medusa::pricing {

/// The pricing module's service (Medusa's PricingModuleService). Rows are wire-shaped JSON.
///
/// Price input, as Medusa takes it: `{id?, currency_code, amount, min_quantity?, max_quantity?,
/// title?, rules?: {"region_id": "reg_1"}}`; a rule value may also be a list of
/// `{operator: gt|gte|lt|lte|eq, value: <number>}`. Stored prices carry `price_rules` and
/// `rules_count`.
class PricingModuleService : public framework::ModuleService {
 public:
  /// Builds the entity services and keeps Query's statement runner for calculatePrices.
  explicit PricingModuleService(const framework::ModuleContext& context);

  /// Creates price sets (`[{prices: [...]}]`) in one statement per level, whatever their
  /// number. Returns them with `prices` (each with `price_rules`) in input order.
  boost::json::array createPriceSets(const boost::json::array& data,
                                     db::TxContext* tx = nullptr) const;
  /// Replaces the prices of price sets (`[{id, prices: [...]}]`): prices naming an existing id
  /// are updated (their rules replaced when `rules` is given), prices without one are created,
  /// and the set's other prices (outside price lists) are deleted. An unknown id: NotFound.
  /// Returns the price sets with their prices.
  boost::json::array updatePriceSets(const boost::json::array& data,
                                     db::TxContext* tx = nullptr) const;
  /// Creates the price sets without an id and updates those with one.
  boost::json::array upsertPriceSets(const boost::json::array& data,
                                     db::TxContext* tx = nullptr) const;
  /// Adds prices to price sets (`[{price_set_id, prices: [...]}]`). A price with the same
  /// currency, quantity bounds and rules as an existing one updates its amount instead.
  boost::json::array addPrices(const boost::json::array& data, db::TxContext* tx = nullptr) const;
  /// Deletes prices for good.
  void removePrices(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// One price set with its prices (outside price lists); NotFound
  /// `Price set with id: X was not found`.
  boost::json::object retrievePriceSet(std::string_view id, db::TxContext* tx = nullptr) const;
  /// Price sets with their prices matching `options` (fields default to `*`, `*prices`,
  /// `prices.rules`).
  boost::json::array listPriceSets(const framework::FindOptions& options = {},
                                   db::TxContext* tx = nullptr) const;
  /// Soft-deletes price sets with their prices and rules.
  void softDeletePriceSets(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted price sets with their prices and rules.
  void restorePriceSets(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes price sets for good, with their prices and rules.
  void deletePriceSets(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// Creates price preferences (`{attribute: "region_id"|"currency_code", value,
  /// is_tax_inclusive?}`); a live duplicate attribute+value: Error{InvalidData} (`… already exists.`).
  boost::json::array createPricePreferences(const boost::json::array& data,
                                            db::TxContext* tx = nullptr) const;
  /// Partial updates of price preferences, each naming its id.
  boost::json::array updatePricePreferences(const boost::json::array& data,
                                            db::TxContext* tx = nullptr) const;
  /// Creates the preferences without an id, or whose attribute+value exists already (then
  /// updated), and updates those with one: what region and store workflows need.
  boost::json::array upsertPricePreferences(const boost::json::array& data,
                                            db::TxContext* tx = nullptr) const;
  /// Price preferences matching `options.filters` ({"attribute": "region_id", "value": [..]}).
  boost::json::array listPricePreferences(const framework::FindOptions& options = {},
                                          db::TxContext* tx = nullptr) const;
  /// Deletes price preferences for good.
  void deletePricePreferences(const std::vector<std::string>& ids,
                              db::TxContext* tx = nullptr) const;
  /// Soft-deletes price preferences.
  void softDeletePricePreferences(const std::vector<std::string>& ids,
                                  db::TxContext* tx = nullptr) const;

  /// Medusa's calculatePrices: for each price set, the price for `context` ({currency_code
  /// (required), region_id?, customer_group_id?, quantity?, any other rule attribute; nested
  /// objects as dotted attributes}) as `calculated_price` objects keyed by price set id. Price
  /// sets without a matching price are absent. ONE statement for any number of price sets.
  /// No currency_code: Error{InvalidData}
  /// `Method calculatePrices requires currency_code in the pricing context`. The objects are
  /// allocated in `storage` (a Query computed field passes its rows' storage).
  boost::json::object calculatePrices(const std::vector<std::string>& priceSetIds,
                                      const boost::json::object& context,
                                      db::TxContext* tx = nullptr,
                                      const boost::json::storage_ptr& storage = {}) const;

 private:
  boost::json::array updateImpl(const boost::json::array& data, db::TxContext& tx) const;
  boost::json::array addPricesImpl(const boost::json::array& data, db::TxContext& tx) const;
  boost::json::array listWithPrices(const std::vector<std::string>& ids, db::TxContext& tx) const;
  void replaceRules(const std::string& priceId, const boost::json::array& rules,
                    db::TxContext& tx) const;

  framework::SqlRunner* m_sql;
};

}  // namespace medusa::pricing
