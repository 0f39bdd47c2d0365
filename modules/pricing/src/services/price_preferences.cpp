// SPDX-License-Identifier: MIT
// Price preferences: tax inclusivity per region (`region_id`) or currency (`currency_code`),
// unique among live rows per attribute+value.
#include <map>
#include <utility>

#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "medusa/pricing/pricing_module_service.h"

namespace medusa::pricing {

namespace bj = boost::json;

namespace {

// Medusa stores is_tax_inclusive = false when the input leaves it out.
bj::array withDefaults(const bj::array& data) {
  bj::array rows;
  rows.reserve(data.size());
  for (const auto& entry : data) {
    if (!entry.is_object()) {
      throw Error(ErrorType::InvalidData, "Each price preference must be an object");
    }
    auto row = entry.get_object();
    if (!row.contains("is_tax_inclusive")) row["is_tax_inclusive"] = false;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string textOf(const bj::object& row, std::string_view key) {
  const auto* value = row.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

}  // namespace

bj::array PricingModuleService::createPricePreferences(const bj::array& data,
                                                       db::TxContext* tx) const {
  return entity("price_preference").create(withDefaults(data), tx);
}

bj::array PricingModuleService::updatePricePreferences(const bj::array& data,
                                                       db::TxContext* tx) const {
  return entity("price_preference").update(data, tx);
}

bj::array PricingModuleService::upsertPricePreferences(const bj::array& data,
                                                       db::TxContext* tx) const {
  const auto& service = entity("price_preference");
  return service.pool().transact(tx, [&](db::TxContext& t) {
    const auto& repository = service.repository();
    // The live preferences with the attributes given, to find attribute+value matches.
    bj::array attributes;
    for (const auto& entry : data) {
      if (entry.is_object()) attributes.emplace_back(textOf(entry.get_object(), "attribute"));
    }
    std::map<std::pair<std::string, std::string>, std::string> existing;
    for (const auto& row : repository.list(t, {.filters = {{"attribute", attributes}}})) {
      const auto& object = row.as_object();
      existing.emplace(std::pair{textOf(object, "attribute"), textOf(object, "value")},
                       textOf(object, "id"));
    }
    bj::array out;
    for (const auto& entry : data) {
      if (!entry.is_object()) {
        throw Error(ErrorType::InvalidData, "Each price preference must be an object");
      }
      auto row = entry.get_object();
      if (!row.contains("id")) {
        const auto found =
            existing.find({textOf(row, "attribute"), textOf(row, "value")});
        if (found != existing.end()) row["id"] = found->second;
      }
      auto saved = row.contains("id") ? repository.update(t, bj::array{row})
                                      : repository.create(t, withDefaults(bj::array{row}));
      out.push_back(std::move(saved.at(0)));
    }
    return out;
  });
}

bj::array PricingModuleService::listPricePreferences(const framework::FindOptions& options,
                                                     db::TxContext* tx) const {
  return entity("price_preference").list(options, tx);
}

void PricingModuleService::deletePricePreferences(const std::vector<std::string>& ids,
                                                  db::TxContext* tx) const {
  if (!ids.empty()) entity("price_preference").remove(ids, tx);
}

void PricingModuleService::softDeletePricePreferences(const std::vector<std::string>& ids,
                                                      db::TxContext* tx) const {
  if (!ids.empty()) entity("price_preference").softDelete(ids, tx);
}

}  // namespace medusa::pricing
