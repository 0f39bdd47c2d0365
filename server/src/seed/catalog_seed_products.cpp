// SPDX-License-Identifier: MIT
// The catalog seed's product part: types and tags, products with options, variants and
// prices (createProductsWorkflow, which also gives managed variants their inventory items),
// then stock at the default location.
#include <set>

#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "seed/catalog_seed.h"
#include "workflows/catalog/product_tag/workflows/create_product_tags_workflow.h"
#include "workflows/catalog/product_type/workflows/create_product_types_workflow.h"
#include "workflows/inventory/workflows/create_inventory_levels_workflow.h"
#include "workflows/product/workflows/create_products_workflow.h"

namespace medusa::server {

namespace bj = boost::json;
namespace wf = workflows;

namespace {

constexpr std::size_t kProductsPerRun = 50;  // one workflow (one transaction set) per batch

std::string text(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : std::string();
}

const bj::array& arrayAt(const bj::object& object, std::string_view key) {
  static const bj::array kEmpty;
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_array() ? value->get_array() : kEmpty;
}

std::string idFor(const std::map<std::string, std::string>& ids, const std::string& key) {
  const auto found = ids.find(key);
  if (found == ids.end()) throw Error(ErrorType::InvalidData, "Seed: unknown " + key);
  return found->second;
}

// The createProductsWorkflow input for one catalog product.
bj::object productInput(const bj::object& product, const std::map<std::string, std::string>& ids,
                        const std::string& channel) {
  static constexpr std::array<std::string_view, 13> kCopied{
      "title", "handle", "subtitle", "description", "status", "thumbnail", "images", "options",
      "material", "weight", "length", "height", "width"};
  bj::object input;
  for (auto key : kCopied) {
    if (const auto* value = product.if_contains(key)) input[key] = *value;
  }
  if (auto collection = text(product, "collection"); !collection.empty()) {
    input["collection_id"] = idFor(ids, "collection:" + collection);
  }
  if (auto type = text(product, "type"); !type.empty()) {
    input["type_id"] = idFor(ids, "type:" + type);
  }
  bj::array categories, tags, variants;
  for (const auto& handle : arrayAt(product, "categories")) {
    categories.push_back(bj::object{{"id", idFor(ids, "category:" + std::string(handle.as_string()))}});
  }
  for (const auto& tag : arrayAt(product, "tags")) {
    tags.push_back(bj::object{{"id", idFor(ids, "tag:" + std::string(tag.as_string()))}});
  }
  for (const auto& entry : arrayAt(product, "variants")) {
    bj::object variant = entry.as_object();
    variant.erase("stock");  // stock levels are set after the inventory items exist
    variants.push_back(std::move(variant));
  }
  input["categories"] = std::move(categories);
  input["tags"] = std::move(tags);
  input["variants"] = std::move(variants);
  if (!channel.empty()) input["sales_channels"] = bj::array{bj::object{{"id", channel}}};
  return input;
}

}  // namespace

void CatalogSeed::seedTypesAndTags(const bj::array& products) {
  std::set<std::string> types, tags;
  for (const auto& product : products) {
    if (auto type = text(product.as_object(), "type"); !type.empty()) types.insert(type);
    for (const auto& tag : arrayAt(product.as_object(), "tags")) tags.emplace(tag.as_string());
  }
  for (const auto& value : types) {
    auto id = findId("product_type", "value", value);
    if (!id) {
      const auto run = m_workflows.run(wf::catalog::createProductTypesWorkflow,
                                       bj::array{bj::object{{"value", value}}});
      id = std::string(run.value().at(0).at("id").as_string());
      ++m_report.created;
    }
    m_ids["type:" + value] = *id;
  }
  for (const auto& value : tags) {
    auto id = findId("product_tag", "value", value);
    if (!id) {
      const auto run = m_workflows.run(wf::catalog::createProductTagsWorkflow,
                                       bj::array{bj::object{{"value", value}}});
      id = std::string(run.value().at(0).at("id").as_string());
      ++m_report.created;
    }
    m_ids["tag:" + value] = *id;
  }
}

void CatalogSeed::seedProducts(const bj::array& products) {
  bj::array batch;
  const auto flush = [&] {
    if (batch.empty()) return;
    m_report.created += static_cast<int>(batch.size());
    m_workflows.run(wf::products::createProductsWorkflow, bj::object{{"products", batch}});
    batch.clear();
  };
  for (const auto& entry : products) {
    const auto& product = entry.as_object();
    if (findId("product", "handle", text(product, "handle"))) {
      ++m_report.skipped;
      continue;
    }
    batch.push_back(productInput(product, m_ids, m_defaultChannel));
    if (batch.size() == kProductsPerRun) flush();
  }
  flush();
}

void CatalogSeed::seedStock(const bj::array& products) {
  if (m_defaultLocation.empty()) return;
  std::map<std::string, bj::value> stockBySku;
  bj::array skus;
  for (const auto& product : products) {
    for (const auto& entry : arrayAt(product.as_object(), "variants")) {
      const auto& variant = entry.as_object();
      const auto* stock = variant.if_contains("stock");
      const auto sku = text(variant, "sku");
      if (stock == nullptr || sku.empty()) continue;
      stockBySku[sku] = *stock;
      skus.emplace_back(sku);
    }
  }
  if (skus.empty()) return;
  // One read for every item; unmanaged variants have none and are skipped.
  const auto items = m_query.graph({.entity = "inventory_item",
                                    .fields = {"id", "sku", "location_levels.location_id"},
                                    .filters = bj::object{{"sku", skus}}});
  bj::array levels;
  for (const auto& row : items.rows) {
    const auto& item = row.as_object();
    bool present = false;
    for (const auto& level : item.at("location_levels").as_array()) {
      present = present || level.at("location_id") == bj::value(m_defaultLocation);
    }
    if (present) continue;
    levels.push_back(bj::object{{"inventory_item_id", item.at("id")},
                                {"location_id", m_defaultLocation},
                                {"stocked_quantity",
                                 stockBySku.at(std::string(item.at("sku").as_string()))}});
  }
  if (levels.empty()) return;
  m_workflows.run(wf::createInventoryLevelsWorkflow, bj::object{{"inventory_levels", levels}});
  m_report.created += static_cast<int>(levels.size());
}

}  // namespace medusa::server
