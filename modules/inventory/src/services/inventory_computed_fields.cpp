// SPDX-License-Identifier: MIT
#include "inventory_computed_fields.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "../repositories/inventory_statements.h"
#include "medusa/core/decimal.h"
#include "medusa/db/params.h"
#include "medusa/db/tx_context.h"

namespace medusa::inventory::detail {

namespace bj = boost::json;

namespace {

// Medusa's formulas sum the live levels of each item; an item without levels shows 0.
framework::ComputedField itemSum(std::string name, int column) {
  return {.name = std::move(name),
          .dependencies = {"id"},
          .resolver = [column](const framework::ComputedBatch& batch) {
            std::vector<std::string> ids;
            ids.reserve(batch.rows.size());
            for (const auto* row : batch.rows) ids.emplace_back(row->at("id").as_string());
            std::unordered_map<std::string, bj::value> sums;
            for (const auto& r : batch.tx.exec(kItemQuantities, db::toArrayLiteral(ids))) {
              sums.emplace(r[0].c_str(), Decimal::parse(r[column].c_str()).toJson());
            }
            std::vector<bj::value> values;
            values.reserve(ids.size());
            for (const auto& id : ids) {
              const auto it = sums.find(id);
              values.push_back(it == sums.end() ? bj::value(0) : it->second);
            }
            return values;
          }};
}

std::vector<bj::value> availableQuantities(const framework::ComputedBatch& batch) {
  std::vector<bj::value> values;
  values.reserve(batch.rows.size());
  for (const auto* row : batch.rows) {
    const auto& stocked = row->at("stocked_quantity");
    const auto& reserved = row->at("reserved_quantity");
    if (stocked.is_null() || reserved.is_null()) {
      values.emplace_back(nullptr);
      continue;
    }
    values.push_back((Decimal::fromJson(stocked) - Decimal::fromJson(reserved)).toJson());
  }
  return values;
}

}  // namespace

void registerComputedFields(framework::QueryEngine& query) {
  query.registerComputedField("inventory_item", itemSum("stocked_quantity", 1));
  query.registerComputedField("inventory_item", itemSum("reserved_quantity", 2));
  query.registerComputedField("inventory_level",
                              {.name = "available_quantity",
                               .dependencies = {"stocked_quantity", "reserved_quantity"},
                               .resolver = availableQuantities});
}

}  // namespace medusa::inventory::detail
