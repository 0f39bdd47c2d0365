// SPDX-License-Identifier: MIT
#include "medusa/region/region_module_service.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "medusa/core/error.h"
#include "medusa/db/pool.h"

namespace medusa::region {

namespace bj = boost::json;

namespace {

// What list/retrieve return unless told otherwise: the region and its countries.
const std::vector<std::string> kRegionFields{"*", "*countries"};

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

std::string quotedList(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ", ") + code;
  return "\"" + out + "\"";
}

// A region payload split as Medusa's normalizeInput does: the row to store (codes lower-cased,
// name trimmed) and the countries, which are assigned separately.
struct NormalizedRegion {
  bj::object row;
  std::optional<std::vector<std::string>> countries;
};

NormalizedRegion normalize(const bj::value& input) {
  if (!input.is_object()) throw Error(ErrorType::InvalidData, "Each region must be an object");
  NormalizedRegion out{input.get_object(), std::nullopt};
  auto& row = out.row;
  if (auto* code = row.if_contains("currency_code"); code && code->is_string()) {
    *code = bj::string(lower(code->get_string()));
  }
  if (auto* name = row.if_contains("name"); name && name->is_string()) {
    *name = bj::string(trimmed(name->get_string()));
  }
  if (const auto* countries = row.if_contains("countries")) {
    if (!countries->is_array()) {
      throw Error(ErrorType::InvalidData, "countries must be an array of country codes");
    }
    std::vector<std::string> codes;
    for (const auto& code : countries->get_array()) {
      if (!code.is_string()) {
        throw Error(ErrorType::InvalidData, "countries must be an array of country codes");
      }
      codes.push_back(lower(code.get_string()));
    }
    out.countries = std::move(codes);
    row.erase("countries");
  }
  return out;
}

std::vector<std::string> idsOf(const bj::array& rows) {
  std::vector<std::string> ids;
  ids.reserve(rows.size());
  for (const auto& row : rows) ids.emplace_back(row.at("id").as_string());
  return ids;
}

}  // namespace

bj::array RegionModuleService::createRegions(const bj::array& data, db::TxContext* tx) const {
  return entity("region").pool().transact(tx,
                                          [&](db::TxContext& t) { return createImpl(data, t); });
}

bj::array RegionModuleService::updateRegions(const bj::array& data, db::TxContext* tx) const {
  return entity("region").pool().transact(tx,
                                          [&](db::TxContext& t) { return updateImpl(data, t); });
}

bj::array RegionModuleService::createImpl(const bj::array& data, db::TxContext& tx) const {
  std::vector<NormalizedRegion> regions;
  bj::array rows;
  std::vector<std::string> allCodes;
  for (const auto& input : data) {
    regions.push_back(normalize(input));
    rows.push_back(regions.back().row);
    if (regions.back().countries) {
      const auto& codes = *regions.back().countries;
      allCodes.insert(allCodes.end(), codes.begin(), codes.end());
    }
  }
  const auto created = entity("region").repository().create(tx, rows);
  validateCountries(allCodes, tx);
  const auto ids = idsOf(created);
  for (std::size_t i = 0; i < regions.size(); ++i) {
    if (regions[i].countries) assignCountries(ids[i], *regions[i].countries, tx);
  }
  return withCountries(ids, tx);
}

bj::array RegionModuleService::updateImpl(const bj::array& data, db::TxContext& tx) const {
  std::vector<NormalizedRegion> regions;
  bj::array rows;
  std::vector<std::string> ids, replacing, allCodes;
  for (const auto& input : data) {
    regions.push_back(normalize(input));
    const auto* id = regions.back().row.if_contains("id");
    if (!id || !id->is_string()) {
      throw Error(ErrorType::InvalidData, "Each region to update needs its id");
    }
    ids.emplace_back(id->get_string());
    rows.push_back(regions.back().row);
    if (regions.back().countries) {
      replacing.push_back(ids.back());
      const auto& codes = *regions.back().countries;
      allCodes.insert(allCodes.end(), codes.begin(), codes.end());
    }
  }
  // Rows first: an unknown region is a NotFound before any country moves.
  entity("region").repository().update(tx, rows);
  if (!replacing.empty()) {
    // A clean slate first, so a region may keep countries it already had.
    releaseCountries(replacing, tx);
    validateCountries(allCodes, tx);
    for (std::size_t i = 0; i < regions.size(); ++i) {
      if (regions[i].countries) assignCountries(ids[i], *regions[i].countries, tx);
    }
  }
  return withCountries(ids, tx);
}

void RegionModuleService::validateCountries(const std::vector<std::string>& codes,
                                            db::TxContext& tx) const {
  if (codes.empty()) return;
  std::set<std::string> unique, duplicates;
  for (const auto& code : codes) {
    if (!unique.insert(code).second) duplicates.insert(code);
  }
  if (!duplicates.empty()) {
    throw Error(ErrorType::InvalidData,
                "Countries with codes: " +
                    quotedList({duplicates.begin(), duplicates.end()}) +
                    " are already assigned to a region");
  }
  const std::vector<std::string> wanted(unique.begin(), unique.end());
  bj::array codeArray;
  for (const auto& code : wanted) codeArray.emplace_back(code);
  const auto found = entity("country").repository().list(
      tx, {.filters = {{"iso_2", codeArray}}, .fields = {"iso_2", "region_id"}});
  std::set<std::string> present;
  std::vector<std::string> taken;
  for (const auto& row : found) {
    present.emplace(row.at("iso_2").as_string());
    if (!row.at("region_id").is_null()) taken.emplace_back(row.at("iso_2").as_string());
  }
  std::vector<std::string> missing;
  for (const auto& code : wanted) {
    if (!present.count(code)) missing.push_back(code);
  }
  if (!missing.empty()) {
    throw Error(ErrorType::InvalidData,
                "Countries with codes: " + quotedList(missing) + " do not exist");
  }
  if (!taken.empty()) {
    throw Error(ErrorType::InvalidData, "Countries with codes: " + quotedList(taken) +
                                            " are already assigned to a region");
  }
}

void RegionModuleService::assignCountries(const std::string& regionId,
                                          const std::vector<std::string>& codes,
                                          db::TxContext& tx) const {
  if (codes.empty()) return;
  bj::array codeArray;
  for (const auto& code : codes) codeArray.emplace_back(code);
  entity("country").repository().update(tx, {{"iso_2", codeArray}}, {{"region_id", regionId}});
}

void RegionModuleService::releaseCountries(const std::vector<std::string>& regionIds,
                                           db::TxContext& tx) const {
  if (regionIds.empty()) return;
  bj::array idArray;
  for (const auto& id : regionIds) idArray.emplace_back(id);
  entity("country").repository().update(tx, {{"region_id", idArray}}, {{"region_id", nullptr}});
}

bj::array RegionModuleService::withCountries(const std::vector<std::string>& ids,
                                             db::TxContext& tx) const {
  bj::array idArray;
  for (const auto& id : ids) idArray.emplace_back(id);
  auto rows = entity("region").repository().list(
      tx, {.filters = {{"id", idArray}}, .fields = kRegionFields});
  // Back in input order (the list is ordered by creation).
  bj::array out;
  for (const auto& id : ids) {
    for (auto& row : rows) {
      if (row.at("id").as_string() == id) out.push_back(row);
    }
  }
  return out;
}

bj::object RegionModuleService::retrieveRegion(std::string_view id, db::TxContext* tx) const {
  return entity("region").retrieve(id, {.fields = kRegionFields}, tx);
}

framework::ListResult RegionModuleService::listAndCountRegions(
    const framework::FindOptions& options, db::TxContext* tx) const {
  auto withDefaults = options;
  if (withDefaults.fields.empty()) withDefaults.fields = kRegionFields;
  return entity("region").listAndCount(withDefaults, tx);
}

void RegionModuleService::softDeleteRegions(const std::vector<std::string>& ids,
                                            db::TxContext* tx) const {
  if (ids.empty()) return;
  entity("region").pool().transact(tx, [&](db::TxContext& t) {
    releaseCountries(ids, t);
    entity("region").repository().softDelete(t, ids);
  });
}

void RegionModuleService::restoreRegions(const std::vector<std::string>& ids,
                                         db::TxContext* tx) const {
  if (!ids.empty()) entity("region").restore(ids, tx);
}

void RegionModuleService::deleteRegions(const std::vector<std::string>& ids,
                                        db::TxContext* tx) const {
  if (ids.empty()) return;
  entity("region").pool().transact(tx, [&](db::TxContext& t) {
    releaseCountries(ids, t);
    entity("region").repository().remove(t, ids);
  });
}

bj::array RegionModuleService::listCountries(const framework::FindOptions& options,
                                             db::TxContext* tx) const {
  return entity("country").list(options, tx);
}

}  // namespace medusa::region
