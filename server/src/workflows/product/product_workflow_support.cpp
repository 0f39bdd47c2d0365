// SPDX-License-Identifier: MIT
#include "workflows/product/product_workflow_support.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "medusa/core/error.h"

namespace medusa::server::workflows::products {

namespace bj = boost::json;

namespace {

std::string stringAt(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

const bj::array* arrayAt(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value ? value->if_array() : nullptr;
}

}  // namespace

bj::object without(const bj::object& object, std::initializer_list<std::string_view> keys) {
  bj::object out = object;
  for (const auto key : keys) out.erase(key);
  return out;
}

std::vector<std::string> nestedIds(const bj::array& items, std::string_view key) {
  std::vector<std::string> ids;
  for (const auto& item : items) {
    const auto* list = item.is_object() ? arrayAt(item.get_object(), key) : nullptr;
    for (const auto& entry : list ? *list : bj::array{}) {
      auto id = entry.is_object() ? stringAt(entry.get_object(), "id") : std::string();
      if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  return ids;
}

bj::object linkOf(std::string_view moduleA, std::string_view columnA, std::string_view idA,
                  std::string_view moduleB, std::string_view columnB, std::string_view idB,
                  bj::object data) {
  bj::object link{{moduleA, bj::object{{columnA, idA}}}, {moduleB, bj::object{{columnB, idB}}}};
  if (!data.empty()) link["data"] = std::move(data);
  return link;
}

bj::object inventoryLinkPair(std::string_view variantId, std::string_view itemId,
                             const bj::value& requiredQuantity) {
  return {{"link", "product_variant_inventory_item"},
          {"left", variantId},
          {"right", itemId},
          {"data", bj::object{{"required_quantity", requiredQuantity}}}};
}

bj::array salesChannelLinks(const bj::array& products, const bj::array& inputs) {
  bj::array links;
  for (std::size_t i = 0; i < products.size() && i < inputs.size(); ++i) {
    const auto productId = stringAt(products[i].as_object(), "id");
    for (const auto& channel : nestedIds(bj::array{inputs[i]}, "sales_channels")) {
      links.push_back(
          linkOf("product", "product_id", productId, "sales_channel", "sales_channel_id", channel));
    }
  }
  return links;
}

namespace {

bool managesInventory(const bj::object& variant, const bj::object& input) {
  if (const auto* flag = variant.if_contains("manage_inventory"); flag && flag->is_bool()) {
    return flag->get_bool();
  }
  const auto* flag = input.if_contains("manage_inventory");
  return !(flag && flag->is_bool()) || flag->get_bool();
}

bool hasGivenItems(const bj::object& input) {
  const auto* items = arrayAt(input, "inventory_items");
  return items && !items->empty();
}

}  // namespace

bj::array defaultInventoryItems(const bj::array& variants, const bj::array& inputs) {
  bj::array items;
  for (std::size_t i = 0; i < variants.size() && i < inputs.size(); ++i) {
    const auto& input = inputs[i].as_object();
    if (!managesInventory(variants[i].as_object(), input) || hasGivenItems(input)) continue;
    bj::object item{{"requires_shipping", true}};
    for (const auto* key : {"sku", "origin_country", "mid_code", "material", "weight", "length",
                            "height", "width", "title", "hs_code"}) {
      if (const auto* value = input.if_contains(key)) item[key] = *value;
    }
    if (const auto* title = input.if_contains("title")) item["description"] = *title;
    items.push_back(std::move(item));
  }
  return items;
}

bj::array inventoryLinks(const bj::array& variants, const bj::array& inputs,
                         const bj::array& created) {
  bj::array links;
  std::string duplicated;
  std::size_t next = 0;
  for (std::size_t i = 0; i < variants.size() && i < inputs.size(); ++i) {
    const auto variantId = stringAt(variants[i].as_object(), "id");
    const auto& input = inputs[i].as_object();
    if (!managesInventory(variants[i].as_object(), input)) continue;
    if (!hasGivenItems(input)) {
      const auto itemId = stringAt(created.at(next++).as_object(), "id");
      links.push_back(inventoryLinkPair(variantId, itemId, 1));
      continue;
    }
    std::set<std::string> seen;
    for (const auto& entry : *arrayAt(input, "inventory_items")) {
      const auto& item = entry.as_object();
      const auto itemId = stringAt(item, "inventory_item_id");
      if (!seen.insert(itemId).second) {
        duplicated += (duplicated.empty() ? "" : "\n") + variantId;
        break;
      }
      const auto* quantity = item.if_contains("required_quantity");
      links.push_back(inventoryLinkPair(variantId, itemId, quantity ? *quantity : bj::value(1)));
    }
  }
  if (!duplicated.empty()) {
    throw Error(ErrorType::InvalidData,
                "Cannot associate duplicate inventory items to variant(s) " + duplicated);
  }
  return links;
}

bj::array priceSetInputs(const bj::array& inputs) {
  bj::array sets;
  for (const auto& input : inputs) {
    const auto* prices = arrayAt(input.as_object(), "prices");
    sets.push_back(bj::object{{"prices", prices ? *prices : bj::array{}}});
  }
  return sets;
}

bj::array priceSetLinks(const bj::array& variants, const bj::array& priceSets) {
  bj::array links;
  for (std::size_t i = 0; i < variants.size() && i < priceSets.size(); ++i) {
    links.push_back(linkOf("product", "variant_id", stringAt(variants[i].as_object(), "id"),
                           "pricing", "price_set_id", stringAt(priceSets[i].as_object(), "id")));
  }
  return links;
}

std::string combinationKey(const bj::object& variant, bool fromRow) {
  std::map<std::string, std::string> pairs;
  const auto* options = variant.if_contains("options");
  if (fromRow && options && options->is_array()) {
    for (const auto& value : options->get_array()) {
      const auto& object = value.as_object();
      const auto* option = object.if_contains("option");
      pairs[option && option->is_object() ? stringAt(option->get_object(), "title") : ""] =
          stringAt(object, "value");
    }
  } else if (!fromRow && options && options->is_object()) {
    for (const auto& [title, value] : options->get_object()) {
      pairs[std::string(title)] = value.is_string() ? std::string(value.get_string()) : "";
    }
  }
  std::string key;
  for (const auto& [title, value] : pairs) key += title + '\x1f' + value + '\x1e';
  return key;
}

bj::array idEvents(const bj::array& rows) {
  bj::array events;
  for (const auto& row : rows) events.push_back(bj::object{{"id", row.as_object().at("id")}});
  return events;
}

void normalizeBooleans(bj::object& object, std::initializer_list<std::string_view> keys) {
  for (const auto key : keys) {
    auto* value = object.if_contains(key);
    if (!value || !value->is_string()) continue;
    std::string text(value->get_string());
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (text == "true" || text == "false") *value = text == "true";
  }
}

}  // namespace medusa::server::workflows::products
