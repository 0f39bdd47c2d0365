// SPDX-License-Identifier: MIT
// product_variant.calculated_price (API-CORE.md §6.4): the pricing module prices the price
// sets the variants reach through the product_variant_price_set link, one statement for
// every variant of a level. Lives beside the links because it joins two modules.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "links/link_list.h"
#include "medusa/framework/entity_graph.h"
#include "medusa/framework/query_engine.h"
#include "medusa/pricing/pricing_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::server {

namespace bj = boost::json;

namespace {

// Medusa passes the pricing context as `{context: {...}}` at the field's path; accept both.
const bj::object& pricingContextOf(const bj::object& args) {
  if (const auto* inner = args.if_contains("context"); inner && inner->is_object()) {
    return inner->get_object();
  }
  return args;
}

std::string priceSetIdOf(const bj::object& row) {
  const auto* link = row.if_contains("price_set_link");
  if (link == nullptr || !link->is_object()) return {};
  const auto* id = link->get_object().if_contains("price_set_id");
  return id != nullptr && id->is_string() ? std::string(id->get_string()) : std::string();
}

}  // namespace

void registerLinkFields(framework::QueryEngine& query, workflow::ServiceContainer& services) {
  auto pricing = services.resolveShared<pricing::PricingModuleService>();
  query.registerComputedField(
      "product_variant",
      {.name = "calculated_price",
       .dependencies = {"price_set_link.price_set_id"},
       .resolver = [pricing](const framework::ComputedBatch& batch) {
         std::vector<std::string> rowIds;  // per row, empty without a price set
         std::vector<std::string> ids;
         rowIds.reserve(batch.rows.size());
         ids.reserve(batch.rows.size());
         for (const auto* row : batch.rows) {
           rowIds.push_back(priceSetIdOf(*row));
           if (!rowIds.back().empty()) ids.push_back(rowIds.back());
         }
         auto prices = ids.empty() ? bj::object()
                                   : pricing->calculatePrices(ids, pricingContextOf(batch.args),
                                                              &batch.tx, batch.storage);
         // Each price moves to the first row of its price set; a later row copies that one.
         std::unordered_map<std::string_view, std::size_t> firstRow;
         std::vector<bj::value> out;
         out.reserve(batch.rows.size());
         for (std::size_t i = 0; i < rowIds.size(); ++i) {
           auto* price = rowIds[i].empty() ? nullptr : prices.if_contains(rowIds[i]);
           if (price == nullptr) {
             out.emplace_back(nullptr);
           } else if (const auto [first, added] = firstRow.try_emplace(rowIds[i], i); added) {
             out.push_back(std::move(*price));
           } else {
             bj::value copy(out[first->second], batch.storage);
             out.push_back(std::move(copy));
           }
         }
         return out;
       }});
  registerInventoryQuantityField(query, services);
}

}  // namespace medusa::server
