// SPDX-License-Identifier: MIT
// planVariantPrices: how a product update's variant list turns into price-set writes.
#include <map>
#include <set>

#include "workflows/product/product_workflow_support.h"

namespace medusa::server::workflows::products {

namespace bj = boost::json;

namespace {

std::string idOf(const bj::object& row) {
  const auto* id = row.if_contains("id");
  return id && id->is_string() ? std::string(id->get_string()) : std::string();
}

}  // namespace

std::string priceSetIdOf(const bj::object& variant) {
  const auto* link = variant.if_contains("price_set_link");
  if (!link || !link->is_object()) return {};
  const auto* id = link->get_object().if_contains("price_set_id");
  return id && id->is_string() ? std::string(id->get_string()) : std::string();
}

bj::object planVariantPrices(const bj::array& inputs, const bj::array& before,
                             const bj::array& after) {
  std::map<std::string, std::string> priceSetOf;  // variant id -> price set id (before)
  for (const auto& row : before) priceSetOf[idOf(row.as_object())] = priceSetIdOf(row.as_object());
  std::set<std::string> live;
  // New variants by product and option combination: what pairs them with their inputs.
  std::map<std::pair<std::string, std::string>, std::string> created;
  for (const auto& row : after) {
    const auto& variant = row.as_object();
    live.insert(idOf(variant));
    if (!priceSetOf.contains(idOf(variant))) {
      created[{std::string(variant.at("product_id").as_string()), combinationKey(variant, true)}] =
          idOf(variant);
    }
  }
  bj::object plan{{"removed_variant_ids", bj::array{}},
                  {"removed_price_set_ids", bj::array{}},
                  {"update_price_sets", bj::array{}},
                  {"new_variants", bj::array{}},
                  {"new_price_sets", bj::array{}}};
  for (const auto& [variantId, priceSetId] : priceSetOf) {
    if (live.contains(variantId)) continue;
    plan["removed_variant_ids"].as_array().emplace_back(variantId);
    if (!priceSetId.empty()) plan["removed_price_set_ids"].as_array().emplace_back(priceSetId);
  }
  for (const auto& item : inputs) {
    const auto& product = item.as_object();
    const auto* variants = product.if_contains("variants");
    if (!variants || !variants->is_array()) continue;
    for (const auto& entry : variants->get_array()) {
      const auto& variant = entry.as_object();
      const auto* prices = variant.if_contains("prices");
      auto id = idOf(variant);
      if (id.empty()) {
        const auto found = created.find({idOf(product), combinationKey(variant, false)});
        if (found == created.end()) continue;
        plan["new_variants"].as_array().push_back(bj::object{{"id", found->second}});
        plan["new_price_sets"].as_array().push_back(
            bj::object{{"prices", prices && prices->is_array() ? *prices : bj::array{}}});
        continue;
      }
      const auto set = priceSetOf.find(id);
      if (!prices || !prices->is_array()) continue;
      if (set == priceSetOf.end() || set->second.empty()) {
        plan["new_variants"].as_array().push_back(bj::object{{"id", id}});
        plan["new_price_sets"].as_array().push_back(bj::object{{"prices", *prices}});
        continue;
      }
      plan["update_price_sets"].as_array().push_back(
          bj::object{{"id", set->second}, {"prices", *prices}});
    }
  }
  return plan;
}

}  // namespace medusa::server::workflows::products
