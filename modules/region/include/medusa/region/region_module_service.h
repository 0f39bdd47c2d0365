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

namespace medusa::region {

/// The region module's service (Medusa's RegionModuleService). Rows are wire-shaped JSON.
///
/// Countries: `countries` is a list of ISO 3166 alpha-2 codes (any case). A code that is not
/// seeded: Error{InvalidData} `Countries with codes: "xx" do not exist`; a code owned by another
/// region, or named twice: `Countries with codes: "xx" are already assigned to a region`.
/// Tax inclusivity is not a region column: the workflow keeps it as a pricing price preference.
class RegionModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// Creates regions ({name, currency_code, countries?, automatic_taxes?, metadata?}; name
  /// trimmed, codes lower-cased) and assigns their countries. Returns them with `countries`.
  boost::json::array createRegions(const boost::json::array& data,
                                   db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id; `countries`, when given, replaces the region's set.
  /// Returns the regions with `countries`.
  boost::json::array updateRegions(const boost::json::array& data,
                                   db::TxContext* tx = nullptr) const;
  /// One region with its countries; Error{NotFound} `Region with id: X was not found`.
  boost::json::object retrieveRegion(std::string_view id, db::TxContext* tx = nullptr) const;
  /// Regions (with countries unless `options.fields` says otherwise) and their count.
  framework::ListResult listAndCountRegions(const framework::FindOptions& options = {},
                                            db::TxContext* tx = nullptr) const;
  /// Soft-deletes regions and frees their countries for other regions.
  void softDeleteRegions(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted regions (their countries stay free: they may have moved on).
  void restoreRegions(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes regions for good (compensation of createRegions); their countries become free.
  void deleteRegions(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// Countries matching `options` (e.g. {"iso_2": ["dk", "se"]}, {"region_id": "reg_1"}).
  boost::json::array listCountries(const framework::FindOptions& options = {},
                                   db::TxContext* tx = nullptr) const;

 private:
  boost::json::array createImpl(const boost::json::array& data, db::TxContext& tx) const;
  boost::json::array updateImpl(const boost::json::array& data, db::TxContext& tx) const;
  void validateCountries(const std::vector<std::string>& codes, db::TxContext& tx) const;
  void assignCountries(const std::string& regionId, const std::vector<std::string>& codes,
                       db::TxContext& tx) const;
  void releaseCountries(const std::vector<std::string>& regionIds, db::TxContext& tx) const;
  boost::json::array withCountries(const std::vector<std::string>& ids, db::TxContext& tx) const;
};

}  // namespace medusa::region
