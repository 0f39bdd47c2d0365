// SPDX-License-Identifier: MIT
// updateProducts: scalars plus Medusa's replace semantics for options, variants, images,
// tags and categories; `previous` snapshots what a compensation needs to put back.
#include <algorithm>
#include <set>

#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "medusa/db/tx_context.h"
#include "medusa/product/product_module_service.h"
#include "repositories/product_sql.h"
#include "services/product_input.h"
#include "services/service_support.h"

namespace medusa::product {

namespace bj = boost::json;
using detail::stringAt;

namespace {

constexpr std::string_view kRelations[] = {"options", "variants", "images", "tags", "categories"};

// The relation lists an update names, read before it in the update's own input shape.
bj::object snapshotRelations(const framework::Repository& products, db::TxContext& tx,
                             const std::string& id, const bj::object& data) {
  std::vector<std::string> fields;
  const auto wants = [&](std::string_view key) { return data.contains(key); };
  if (wants("options"))
    fields.insert(fields.end(), {"options.id", "options.title", "options.values.value"});
  if (wants("variants")) {
    fields.insert(fields.end(),
                  {"variants.*", "variants.options.value", "variants.options.option.title"});
  }
  if (wants("images")) fields.insert(fields.end(), {"images.id", "images.url", "images.metadata"});
  if (wants("tags")) fields.emplace_back("tags.id");
  if (wants("categories")) fields.emplace_back("categories.id");
  bj::object out;
  if (fields.empty()) return out;
  auto rows = detail::rowsById(products, tx, {id}, fields);
  if (rows.empty()) return out;
  auto& row = rows.begin()->second;
  if (auto* options = row.if_contains("options")) {
    for (auto& option : options->as_array()) {
      bj::array values;
      for (const auto& value : option.as_object().at("values").as_array()) {
        values.push_back(value.as_object().at("value"));
      }
      option.as_object().insert_or_assign("values", std::move(values));
    }
  }
  if (auto* variants = row.if_contains("variants")) {
    for (auto& variant : variants->as_array()) {
      auto& object = variant.as_object();
      object.insert_or_assign("options", detail::optionMapOf(object));
      for (const auto* key : {"created_at", "updated_at", "deleted_at", "product_id"}) {
        object.erase(key);
      }
    }
  }
  for (const auto key : kRelations) {
    if (auto* value = row.if_contains(key)) out.insert_or_assign(key, std::move(*value));
  }
  return out;
}

std::vector<std::string> relationIds(const bj::value& list) {
  std::vector<std::string> ids;
  if (!list.is_array()) throw Error(ErrorType::InvalidData, "Expected a list of ids");
  for (const auto& item : list.get_array()) {
    const auto* id = item.is_object() ? item.get_object().if_contains("id") : &item;
    if (!id || !id->is_string()) throw Error(ErrorType::InvalidData, "Expected a list of ids");
    ids.emplace_back(id->get_string());
  }
  return ids;
}

void replacePivot(db::TxContext& tx, const db::Statement& unlink, const db::Statement& link,
                  const std::string& productId, const std::vector<std::string>& ids) {
  const auto list = detail::arrayParam(ids);
  detail::run(tx, unlink, {productId, list});
  if (!ids.empty()) detail::run(tx, link, {productId, list});
}

}  // namespace

UpdateResult ProductModuleService::updateProducts(const bj::array& data, db::TxContext* tx) const {
  detail::objectsOf(data, "product");
  return pool().transact(tx, [&](db::TxContext& t) {
    UpdateResult result;
    for (const auto& entry : data) {
      bj::object previous;
      result.rows.push_back(updateOneProduct(entry.get_object(), t, previous));
      result.previous.push_back(std::move(previous));
    }
    return result;
  });
}

UpdateResult ProductModuleService::updateProducts(const bj::object& selector,
                                                  const bj::object& data, db::TxContext* tx) const {
  return pool().transact(tx, [&](db::TxContext& t) {
    bj::array entries;
    for (const auto& row : repo("product").list(t, {.filters = selector, .fields = {"id"}})) {
      auto entry = data;
      entry.insert_or_assign("id", row.get_object().at("id"));
      entries.push_back(std::move(entry));
    }
    return updateProducts(entries, &t);
  });
}

bj::object ProductModuleService::updateOneProduct(const bj::object& input, db::TxContext& tx,
                                                  bj::object& previous) const {
  const auto id = detail::requireId(input, "product");
  detail::requireValidHandle(input);
  bj::object data = input;
  for (const auto& [idsKey, relation] :
       {std::pair{"tag_ids", "tags"}, {"category_ids", "categories"}}) {
    if (const auto* ids = input.if_contains(idsKey)) data.insert_or_assign(relation, *ids);
  }
  const auto scalars = detail::productScalars(data);
  previous = detail::previousValues(repo("product"), tx, bj::array{scalars}).at(0).as_object();
  for (auto& [key, value] : snapshotRelations(repo("product"), tx, id, data)) {
    previous.insert_or_assign(key, std::move(value));
  }
  auto row = std::move(repo("product").update(tx, bj::array{scalars}).at(0).as_object());
  if (const auto* options = data.if_contains("options"); options && options->is_array()) {
    replaceOptions(id, options->get_array(), tx);
  }
  if (const auto* variants = data.if_contains("variants"); variants && variants->is_array()) {
    replaceVariants(id, variants->get_array(), tx);
  }
  if (const auto* images = data.if_contains("images"); images && images->is_array()) {
    replaceImages(id, images->get_array(), tx);
  }
  if (const auto* tags = data.if_contains("tags")) {
    replacePivot(tx, sql::kUnlinkOtherTags, sql::kLinkTags, id, relationIds(*tags));
  }
  if (const auto* categories = data.if_contains("categories")) {
    replacePivot(tx, sql::kUnlinkOtherCategories, sql::kLinkCategories, id,
                 relationIds(*categories));
  }
  return row;
}

void ProductModuleService::replaceOptions(std::string_view productId, const bj::array& options,
                                          db::TxContext& tx) const {
  const std::string product(productId);
  const auto inputs = detail::objectsOf(options, "product_option");
  std::vector<std::string> named;
  for (const auto* input : inputs) {
    if (auto id = stringAt(*input, "id"); !id.empty()) named.push_back(std::move(id));
  }
  std::vector<std::string> revive;
  for (const auto& row :
       detail::run(tx, sql::kOwnedDeletedOptions, {detail::arrayParam(named), product})) {
    revive.emplace_back(row[0].c_str());
  }
  if (!revive.empty()) repo("product_option").restore(tx, revive);
  auto catalog = detail::loadOptionCatalogs(repo("product_option"), tx, {product})[product];
  std::set<std::string> kept;
  bj::array fresh, renamed;
  for (const auto* input : inputs) {
    const auto id = stringAt(*input, "id");
    const auto title = stringAt(*input, "title");
    // Medusa keeps an option named by id, else the one with the same title.
    const auto match = std::find_if(catalog.begin(), catalog.end(), [&](const auto& option) {
      return id.empty() ? option.title == title : option.id == id;
    });
    if (match == catalog.end()) {
      if (!id.empty()) {
        throw Error(ErrorType::NotFound, "Product option with id: " + id + " was not found");
      }
      fresh.push_back(*input);
      continue;
    }
    kept.insert(match->id);
    auto scalars = detail::without(*input, {"values"});
    scalars.insert_or_assign("id", match->id);
    renamed.push_back(std::move(scalars));
    if (const auto* values = input->if_contains("values"); values && values->is_array()) {
      bj::array current;
      for (const auto& [value, valueId] : match->values) {
        current.push_back(bj::object{{"id", valueId}, {"value", value}});
      }
      replaceOptionValues(bj::object{{"id", match->id}, {"values", std::move(current)}},
                          values->get_array(), tx);
    }
  }
  std::vector<std::string> stale;
  for (const auto& option : catalog) {
    if (!kept.count(option.id)) stale.push_back(option.id);
  }
  if (!stale.empty()) repo("product_option").softDelete(tx, stale);
  if (!renamed.empty()) repo("product_option").update(tx, renamed);
  if (fresh.empty()) return;
  detail::OptionCatalog added;
  const bj::value freshValue(std::move(fresh));
  auto rows = detail::prepareOptionRows(&freshValue, added);
  for (auto& row : rows) row.as_object().insert_or_assign("product_id", product);
  repo("product_option").create(tx, rows);
}

void ProductModuleService::replaceVariants(std::string_view productId, const bj::array& variants,
                                           db::TxContext& tx) const {
  const std::string product(productId);
  const auto inputs = detail::objectsOf(variants, "product_variant");
  std::vector<std::string> named;
  for (const auto* input : inputs) {
    if (auto id = stringAt(*input, "id"); !id.empty()) named.push_back(std::move(id));
  }
  detail::run(tx, sql::kRestoreOwnedVariants, {detail::arrayParam(named), product});
  auto catalog = detail::loadOptionCatalogs(repo("product_option"), tx, {product})[product];
  auto existing = detail::loadVariantCombinations(repo("product_variant"), tx, {product})[product];
  std::map<std::string, detail::VariantCombination> byId;
  for (auto& combination : existing) byId.emplace(combination.id, std::move(combination));

  std::vector<detail::VariantCombination> final, rewrites;
  bj::array updates, creates;
  for (const auto* input : inputs) {
    const auto id = stringAt(*input, "id");
    if (id.empty()) {
      auto row = detail::prepareVariantRow(*input, catalog, final.emplace_back());
      row.insert_or_assign("product_id", product);
      creates.push_back(std::move(row));
      continue;
    }
    const auto it = byId.find(id);
    if (it == byId.end()) {
      throw Error(ErrorType::NotFound, "Product variant with id: " + id + " was not found");
    }
    auto combination = it->second;
    if (const auto title = stringAt(*input, "title"); !title.empty()) combination.title = title;
    if (input->contains("options")) {
      combination.valueIds =
          detail::resolveVariantOptions(catalog, input->if_contains("options"), combination.title);
      rewrites.push_back(combination);
    }
    final.push_back(std::move(combination));
    updates.push_back(detail::without(*input, {"options", "prices", "inventory_items"}));
    byId.erase(it);
  }
  detail::requireUniqueCombinations(final);
  // Unlisted variants go first, so a kept sku may move to a new variant.
  std::vector<std::string> stale;
  for (const auto& [id, combination] : byId) stale.push_back(id);
  if (!stale.empty()) repo("product_variant").softDelete(tx, stale);
  if (!updates.empty()) repo("product_variant").update(tx, updates);
  detail::writeVariantOptions(tx, rewrites);
  if (!creates.empty()) repo("product_variant").create(tx, creates);
}

void ProductModuleService::replaceImages(std::string_view productId, const bj::array& images,
                                         db::TxContext& tx) const {
  const std::string product(productId);
  const bj::value given(images);
  auto rows = detail::prepareImageRows(&given);
  std::vector<std::string> named;
  for (const auto& row : rows) {
    if (auto id = stringAt(row.as_object(), "id"); !id.empty()) named.push_back(std::move(id));
  }
  detail::run(tx, sql::kRestoreOwnedImages, {detail::arrayParam(named), product});
  std::set<std::string> stale;
  for (const auto& row :
       repo("product_image").list(tx, {.filters = {{"product_id", product}}, .fields = {"id"}})) {
    stale.insert(stringAt(row.as_object(), "id"));
  }
  bj::array updates, creates;
  for (auto& row : rows) {
    auto& object = row.as_object();
    if (stale.erase(stringAt(object, "id"))) {
      updates.push_back(std::move(object));
    } else {
      object.erase("id");
      object.insert_or_assign("product_id", product);
      creates.push_back(std::move(object));
    }
  }
  if (!stale.empty()) repo("product_image").softDelete(tx, {stale.begin(), stale.end()});
  if (!updates.empty()) repo("product_image").update(tx, updates);
  if (!creates.empty()) repo("product_image").create(tx, creates);
}

}  // namespace medusa::product
