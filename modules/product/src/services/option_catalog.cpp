// SPDX-License-Identifier: MIT
#include "services/option_catalog.h"

#include <algorithm>

#include "medusa/core/error.h"
#include "medusa/core/id.h"
#include "services/service_support.h"

namespace medusa::product::detail {

namespace {

bj::object idFilter(std::string_view key, const std::vector<std::string>& ids) {
  bj::array list;
  for (const auto& id : ids) list.emplace_back(id);
  return bj::object{{key, std::move(list)}};
}

// Whether every value of `a` is one of `b`'s (Medusa compares with `every`).
bool covers(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return !a.empty() && std::includes(b.begin(), b.end(), a.begin(), a.end());
}

std::string valueText(const bj::value& value) {
  if (value.is_string()) return std::string(value.get_string());
  if (value.is_int64()) return std::to_string(value.get_int64());
  if (value.is_uint64()) return std::to_string(value.get_uint64());
  if (value.is_bool()) return value.get_bool() ? "true" : "false";
  return {};
}

}  // namespace

std::map<std::string, OptionCatalog> loadOptionCatalogs(
    const framework::Repository& options, db::TxContext& tx,
    const std::vector<std::string>& productIds) {
  std::map<std::string, OptionCatalog> out;
  if (productIds.empty()) return out;
  const auto rows =
      options.list(tx, {.filters = idFilter("product_id", productIds),
                        .fields = {"id", "title", "product_id", "values.id", "values.value"}});
  for (const auto& row : rows) {
    const auto& object = row.get_object();
    OptionEntry entry{stringAt(object, "id"), stringAt(object, "title"), {}};
    for (const auto& value : object.at("values").get_array()) {
      entry.values.emplace_back(stringAt(value.get_object(), "value"),
                                stringAt(value.get_object(), "id"));
    }
    out[stringAt(object, "product_id")].push_back(std::move(entry));
  }
  return out;
}

std::map<std::string, std::vector<VariantCombination>> loadVariantCombinations(
    const framework::Repository& variants, db::TxContext& tx,
    const std::vector<std::string>& productIds) {
  std::map<std::string, std::vector<VariantCombination>> out;
  if (productIds.empty()) return out;
  const auto rows = variants.list(tx, {.filters = idFilter("product_id", productIds),
                                       .fields = {"id", "title", "product_id", "options.id"}});
  for (const auto& row : rows) {
    const auto& object = row.get_object();
    VariantCombination combination{stringAt(object, "id"), stringAt(object, "title"), {}};
    for (const auto& value : object.at("options").get_array()) {
      combination.valueIds.push_back(stringAt(value.get_object(), "id"));
    }
    std::sort(combination.valueIds.begin(), combination.valueIds.end());
    out[stringAt(object, "product_id")].push_back(std::move(combination));
  }
  return out;
}

std::vector<std::string> resolveVariantOptions(const OptionCatalog& catalog,
                                               const bj::value* options,
                                               std::string_view variantTitle) {
  std::vector<std::string> ids;
  if (!options || options->is_null()) return ids;
  const auto* map = options->if_object();
  if (!map) {
    throw Error(ErrorType::InvalidData,
                "Variant options must be an object of option title to value");
  }
  if (map->empty()) return ids;
  if (map->size() != catalog.size()) {
    throw Error(ErrorType::InvalidData,
                "Product has " + std::to_string(catalog.size()) + " but there were " +
                    std::to_string(map->size()) +
                    " provided option values for the variant: " + std::string(variantTitle) + ".");
  }
  for (const auto& [title, value] : *map) {
    const auto text = valueText(value);
    const auto option = std::find_if(catalog.begin(), catalog.end(),
                                     [&](const OptionEntry& o) { return o.title == title; });
    const auto* found = option == catalog.end() ? nullptr : [&]() -> const std::string* {
      for (const auto& [v, id] : option->values) {
        if (v == text) return &id;
      }
      return nullptr;
    }();
    if (!found) {
      throw Error(ErrorType::InvalidData,
                  "Option value " + text + " does not exist for option " + std::string(title));
    }
    ids.push_back(*found);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

void requireAllOptionsNamed(std::string_view productTitle, const OptionCatalog& catalog,
                            const bj::array& variants) {
  if (catalog.empty()) return;
  std::string missing;
  for (const auto& variant : variants) {
    const auto* object = variant.if_object();
    if (!object) continue;
    const auto* options = object->if_contains("options");
    const auto* map = options ? options->if_object() : nullptr;
    for (const auto& option : catalog) {
      const auto* value = map ? map->if_contains(option.title) : nullptr;
      if (!value || value->is_null() || (value->is_string() && value->get_string().empty())) {
        missing += (missing.empty() ? "" : ", ") + stringAt(*object, "title");
      }
    }
  }
  if (!missing.empty()) {
    throw Error(ErrorType::InvalidData, "Product \"" + std::string(productTitle) +
                                            "\" has variants with missing options: [" + missing +
                                            "]");
  }
}

void requireUniqueCombinations(const std::vector<VariantCombination>& variants) {
  for (std::size_t i = 0; i < variants.size(); ++i) {
    for (std::size_t j = i + 1; j < variants.size(); ++j) {
      if (covers(variants[i].valueIds, variants[j].valueIds)) {
        throw Error(ErrorType::InvalidData, "Variant \"" + variants[i].title +
                                                "\" has same combination of option values as \"" +
                                                variants[j].title + "\".");
      }
    }
  }
}

void requireNoExistingCombination(const std::vector<VariantCombination>& incoming,
                                  const std::vector<VariantCombination>& existing) {
  for (const auto& variant : incoming) {
    for (const auto& other : existing) {
      if (other.id != variant.id && covers(variant.valueIds, other.valueIds)) {
        throw Error(ErrorType::InvalidData,
                    "Variant (" + other.title + ") with provided options already exists.");
      }
    }
  }
}

bj::array prepareValueRows(const bj::value* values, OptionEntry& entry) {
  bj::array rows;
  if (!values || values->is_null()) return rows;
  if (!values->is_array()) throw Error(ErrorType::InvalidData, "Option values must be an array");
  for (const auto& value : values->get_array()) {
    bj::object row = value.is_object() ? value.get_object() : bj::object{{"value", value}};
    const auto text = row.contains("value") ? valueText(row.at("value")) : std::string();
    auto id = stringAt(row, "id");
    if (id.empty()) id = id::generate("optval");
    row.insert_or_assign("id", id);
    row.insert_or_assign("value", text);
    entry.values.emplace_back(text, std::move(id));
    rows.push_back(std::move(row));
  }
  return rows;
}

bj::array prepareOptionRows(const bj::value* options, OptionCatalog& catalog) {
  bj::array rows;
  if (!options || options->is_null()) return rows;
  if (!options->is_array()) throw Error(ErrorType::InvalidData, "Product options must be an array");
  for (const auto* option : objectsOf(options->get_array(), "product_option")) {
    OptionEntry entry{id::generate("opt"), stringAt(*option, "title"), {}};
    auto row = without(*option, {"values"});
    row.insert_or_assign("id", entry.id);
    row.insert_or_assign("values", prepareValueRows(option->if_contains("values"), entry));
    catalog.push_back(std::move(entry));
    rows.push_back(std::move(row));
  }
  return rows;
}

bj::object prepareVariantRow(const bj::object& input, const OptionCatalog& catalog,
                             VariantCombination& combination) {
  auto row = without(input, {"options", "prices", "inventory_items"});
  auto id = stringAt(row, "id");
  if (id.empty()) id = id::generate("variant");
  row.insert_or_assign("id", id);
  const auto title = stringAt(input, "title");
  auto valueIds = resolveVariantOptions(catalog, input.if_contains("options"), title);
  if (!valueIds.empty()) {
    bj::array ids;
    for (const auto& valueId : valueIds) ids.emplace_back(valueId);
    row.insert_or_assign("options", std::move(ids));
  }
  combination = VariantCombination{std::move(id), title, std::move(valueIds)};
  return row;
}

}  // namespace medusa::product::detail
