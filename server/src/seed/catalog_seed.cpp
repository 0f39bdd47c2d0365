// SPDX-License-Identifier: MIT
// The catalog seed's store-level part: defaults, sales channels, regions, stock locations,
// publishable keys, collections, categories; products are in catalog_seed_products.cpp.
#include "seed/catalog_seed.h"

#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/api_key/workflows/create_api_keys_workflow.h"
#include "workflows/api_key/workflows/link_sales_channels_to_api_key_workflow.h"
#include "workflows/catalog/category/workflows/create_product_categories_workflow.h"
#include "workflows/catalog/collection/workflows/create_collections_workflow.h"
#include "workflows/region/workflows/create_regions_workflow.h"
#include "workflows/sales_channel/workflows/create_sales_channels_workflow.h"
#include "workflows/stock_location/workflows/create_stock_locations_workflow.h"
#include "workflows/stock_location/workflows/link_sales_channels_to_stock_location_workflow.h"
#include "workflows/store/workflows/create_defaults_workflow.h"
#include "workflows/store/workflows/update_stores_workflow.h"

namespace medusa::server {

namespace bj = boost::json;
namespace wf = workflows;

namespace {

const bj::array& arrayAt(const bj::object& object, std::string_view key) {
  static const bj::array kEmpty;
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_array() ? value->get_array() : kEmpty;
}

std::string text(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : std::string();
}

bool flag(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_bool() && value->get_bool();
}

bj::array idsOfNames(const std::map<std::string, std::string>& ids, const bj::array& names,
                     const std::string& kind) {
  bj::array out;
  for (const auto& name : names) {
    const auto found = ids.find(kind + ":" + std::string(name.as_string()));
    if (found == ids.end()) {
      throw Error(ErrorType::InvalidData, "Seed: unknown " + kind + " '" +
                                              std::string(name.as_string()) + "'");
    }
    out.emplace_back(found->second);
  }
  return out;
}

}  // namespace

std::optional<std::string> CatalogSeed::findId(const std::string& entity,
                                               const std::string& field,
                                               const std::string& value) const {
  const auto rows = m_query.graph(
      {.entity = entity, .fields = {"id"}, .filters = bj::object{{field, value}}});
  if (rows.rows.empty()) return std::nullopt;
  return std::string(rows.rows.front().at("id").as_string());
}

SeedReport CatalogSeed::run(const bj::object& catalog) {
  seedStoreDefaults();
  seedSalesChannels(arrayAt(catalog, "sales_channels"));
  seedRegions(arrayAt(catalog, "regions"));
  seedStockLocations(arrayAt(catalog, "stock_locations"));
  seedPublishableKeys(arrayAt(catalog, "publishable_api_keys"));
  if (const auto* store = catalog.if_contains("store"); store && store->is_object()) {
    updateStore(store->get_object());
  }
  seedCollections(arrayAt(catalog, "collections"));
  seedCategories(arrayAt(catalog, "categories"), "");
  seedTypesAndTags(arrayAt(catalog, "products"));
  seedProducts(arrayAt(catalog, "products"));
  seedStock(arrayAt(catalog, "products"));
  return m_report;
}

void CatalogSeed::seedStoreDefaults() {
  const auto run = m_workflows.run(wf::createDefaultsWorkflow, bj::object{});
  m_storeId = std::string(run.value().at("id").as_string());
}

void CatalogSeed::seedSalesChannels(const bj::array& channels) {
  for (const auto& entry : channels) {
    const auto& channel = entry.as_object();
    const auto name = text(channel, "name");
    auto id = findId("sales_channel", "name", name);
    if (id) {
      ++m_report.skipped;
    } else {
      bj::object data{{"name", name}};
      if (auto description = text(channel, "description"); !description.empty()) {
        data["description"] = description;
      }
      const auto run = m_workflows.run(wf::createSalesChannelsWorkflow,
                                       bj::object{{"salesChannelsData", bj::array{data}}});
      id = std::string(run.value().at(0).at("id").as_string());
      ++m_report.created;
    }
    m_ids["sales_channel:" + name] = *id;
    if (flag(channel, "default") || m_defaultChannel.empty()) m_defaultChannel = *id;
  }
}

void CatalogSeed::seedRegions(const bj::array& regions) {
  for (const auto& entry : regions) {
    const auto& region = entry.as_object();
    const auto name = text(region, "name");
    auto id = findId("region", "name", name);
    if (id) {
      ++m_report.skipped;
    } else {
      bj::object data{{"name", name}, {"currency_code", text(region, "currency_code")}};
      if (const auto* countries = region.if_contains("countries")) data["countries"] = *countries;
      const auto run = m_workflows.run(wf::createRegionsWorkflow, bj::array{data});
      id = std::string(run.value().at(0).at("id").as_string());
      ++m_report.created;
    }
    m_ids["region:" + name] = *id;
    if (flag(region, "default") || m_defaultRegion.empty()) m_defaultRegion = *id;
  }
}

void CatalogSeed::seedStockLocations(const bj::array& locations) {
  for (const auto& entry : locations) {
    const auto& location = entry.as_object();
    const auto name = text(location, "name");
    auto id = findId("stock_location", "name", name);
    if (id) {
      ++m_report.skipped;
    } else {
      bj::object data{{"name", name}};
      if (const auto* address = location.if_contains("address")) data["address"] = *address;
      const auto run = m_workflows.run(wf::createStockLocationsWorkflow,
                                       bj::object{{"locations", bj::array{data}}});
      id = std::string(run.value().at(0).at("id").as_string());
      m_workflows.run(wf::linkSalesChannelsToStockLocationWorkflow,
                      bj::object{{"id", *id},
                                 {"add", idsOfNames(m_ids, arrayAt(location, "sales_channels"),
                                                    "sales_channel")}});
      ++m_report.created;
    }
    m_ids["stock_location:" + name] = *id;
    if (flag(location, "default") || m_defaultLocation.empty()) m_defaultLocation = *id;
  }
}

void CatalogSeed::seedPublishableKeys(const bj::array& keys) {
  for (const auto& entry : keys) {
    const auto& key = entry.as_object();
    const auto title = text(key, "title");
    const auto existing = m_query.graph(
        {.entity = "api_key",
         .fields = {"id", "token"},
         .filters = bj::object{{"title", title}, {"type", "publishable"}, {"revoked_at", nullptr}}});
    if (!existing.rows.empty()) {
      ++m_report.skipped;
      m_report.publishableKeys[title] = existing.rows.front().at("token").as_string().c_str();
      continue;
    }
    const auto run = m_workflows.run(
        wf::createApiKeysWorkflow,
        bj::object{{"api_keys", bj::array{bj::object{
                                    {"title", title}, {"type", "publishable"}, {"created_by", ""}}}}});
    const auto& created = run.value().at(0).as_object();
    m_workflows.run(wf::linkSalesChannelsToApiKeyWorkflow,
                    bj::object{{"id", created.at("id")},
                               {"add", idsOfNames(m_ids, arrayAt(key, "sales_channels"),
                                                  "sales_channel")}});
    m_report.publishableKeys[title] = created.at("token").as_string().c_str();
    ++m_report.created;
  }
}

void CatalogSeed::updateStore(const bj::object& store) {
  bj::object update{{"name", text(store, "name")}};
  if (const auto* currencies = store.if_contains("supported_currencies")) {
    update["supported_currencies"] = *currencies;
  }
  if (!m_defaultChannel.empty()) update["default_sales_channel_id"] = m_defaultChannel;
  if (!m_defaultRegion.empty()) update["default_region_id"] = m_defaultRegion;
  if (!m_defaultLocation.empty()) update["default_location_id"] = m_defaultLocation;
  // Leave the store alone when it already says all this: a second run changes nothing.
  const auto current = m_query.graph({.entity = "store",
                                      .fields = {"name", "default_sales_channel_id",
                                                 "default_region_id", "default_location_id",
                                                 "supported_currencies.currency_code"},
                                      .filters = bj::object{{"id", m_storeId}}});
  if (!current.rows.empty()) {
    const auto& row = current.rows.front().as_object();
    bool same = true;
    for (const auto* key : {"name", "default_sales_channel_id", "default_region_id",
                            "default_location_id"}) {
      if (update.contains(key) && row.at(key) != update.at(key)) same = false;
    }
    const auto* wanted = update.if_contains("supported_currencies");
    if (wanted && row.at("supported_currencies").as_array().size() != wanted->as_array().size()) {
      same = false;
    }
    if (same) return;
  }
  m_workflows.run(wf::updateStoresWorkflow,
                  bj::object{{"selector", bj::object{{"id", m_storeId}}}, {"update", update}});
}

void CatalogSeed::seedCollections(const bj::array& collections) {
  for (const auto& entry : collections) {
    const auto& collection = entry.as_object();
    const auto handle = text(collection, "handle");
    auto id = findId("product_collection", "handle", handle);
    if (id) {
      ++m_report.skipped;
    } else {
      const auto run = m_workflows.run(
          wf::catalog::createCollectionsWorkflow,
          bj::array{bj::object{{"title", text(collection, "title")}, {"handle", handle}}});
      id = std::string(run.value().at(0).at("id").as_string());
      ++m_report.created;
    }
    m_ids["collection:" + handle] = *id;
  }
}

void CatalogSeed::seedCategories(const bj::array& categories, const std::string& parentId) {
  for (const auto& entry : categories) {
    const auto& category = entry.as_object();
    const auto handle = text(category, "handle");
    auto id = findId("product_category", "handle", handle);
    if (id) {
      ++m_report.skipped;
    } else {
      bj::object data{{"name", text(category, "name")}, {"handle", handle},
                      {"is_active", true}};
      if (!parentId.empty()) data["parent_category_id"] = parentId;
      const auto run =
          m_workflows.run(wf::catalog::createProductCategoriesWorkflow, bj::array{data});
      id = std::string(run.value().at(0).at("id").as_string());
      ++m_report.created;
    }
    m_ids["category:" + handle] = *id;
    seedCategories(arrayAt(category, "children"), *id);
  }
}

}  // namespace medusa::server
