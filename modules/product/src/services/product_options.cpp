// SPDX-License-Identifier: MIT
// Options on their own; an option's values are replaced by value, as Medusa matches them.
#include <set>

#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "medusa/product/product_module_service.h"
#include "services/option_catalog.h"
#include "services/service_support.h"

namespace medusa::product {

namespace bj = boost::json;

namespace {

bj::array valueTexts(const bj::object& option) {
  bj::array out;
  for (const auto& value : option.at("values").get_array()) {
    out.push_back(value.get_object().at("value"));
  }
  return out;
}

}  // namespace

bj::array ProductModuleService::createProductOptions(const bj::array& data,
                                                     db::TxContext* tx) const {
  bj::array rows;
  for (const auto* input : detail::objectsOf(data, "product_option")) {
    if (detail::stringAt(*input, "product_id").empty()) {
      throw Error(ErrorType::InvalidData,
                  "Tried to create options without specifying a product_id");
    }
    detail::OptionEntry entry;
    auto row = detail::without(*input, {"values"});
    row.insert_or_assign("values", detail::prepareValueRows(input->if_contains("values"), entry));
    rows.push_back(std::move(row));
  }
  return pool().transact(tx,
                         [&](db::TxContext& t) { return repo("product_option").create(t, rows); });
}

void ProductModuleService::replaceOptionValues(const bj::object& option, const bj::array& values,
                                               db::TxContext& tx) const {
  const auto optionId = detail::stringAt(option, "id");
  std::set<std::string> wanted;
  bj::array created;
  std::map<std::string, std::string> existing;  // value -> id
  for (const auto& value : option.at("values").get_array()) {
    existing.emplace(detail::stringAt(value.get_object(), "value"),
                     detail::stringAt(value.get_object(), "id"));
  }
  detail::OptionEntry entry;
  const bj::value given(values);
  for (auto& row : detail::prepareValueRows(&given, entry)) {
    auto& object = row.as_object();
    const auto text = detail::stringAt(object, "value");
    if (!wanted.insert(text).second) continue;
    if (existing.count(text)) continue;
    object.insert_or_assign("option_id", optionId);
    created.push_back(std::move(row));
  }
  std::vector<std::string> stale;
  for (const auto& [text, id] : existing) {
    if (!wanted.count(text)) stale.push_back(id);
  }
  if (!stale.empty()) repo("product_option_value").softDelete(tx, stale);
  if (!created.empty()) repo("product_option_value").create(tx, created);
}

UpdateResult ProductModuleService::updateProductOptions(const bj::array& data,
                                                        db::TxContext* tx) const {
  const auto inputs = detail::objectsOf(data, "product_option");
  std::vector<std::string> ids;
  for (const auto* input : inputs) {
    ids.push_back(detail::stringAt(*input, "id"));
    if (ids.back().empty()) {
      throw Error(ErrorType::InvalidData, "Tried to update options without specifying an ID");
    }
  }
  return pool().transact(tx, [&](db::TxContext& t) {
    auto current = detail::rowsById(repo("product_option"), t, ids,
                                    {"title", "product_id", "values.id", "values.value"});
    bj::array scalars;
    for (const auto* input : inputs) scalars.push_back(detail::without(*input, {"values"}));
    auto result = updateScalars("product_option", scalars, t);  // NotFound for unknown ids
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      const auto* values = inputs[i]->if_contains("values");
      if (!values || !values->is_array()) continue;
      const auto& option = current.at(ids[i]);
      result.previous.at(i).as_object().insert_or_assign("values", valueTexts(option));
      replaceOptionValues(option, values->get_array(), t);
    }
    return result;
  });
}

}  // namespace medusa::product
