// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace medusa::framework {
class QueryEngine;
}
namespace medusa::workflow {
class WorkflowEngine;
}

namespace medusa::server {

/// What a seed run did.
struct SeedReport {
  int created = 0;  ///< rows the run created (products, regions, channels...)
  int skipped = 0;  ///< entries already present (matched by handle, name, title or sku)
  /// Publishable keys of the catalog, by title, with their tokens (for a storefront).
  std::map<std::string, std::string> publishableKeys{};
};

/// Imports a catalog file (resources/demo/catalog.json's format: store, sales_channels,
/// publishable_api_keys, regions, stock_locations, collections, categories, products with
/// options, variants, prices and stock) through the same workflows the Admin API runs.
/// Idempotent: entries that exist (by handle, name, title or sku) are left alone, so a second
/// run changes nothing.
class CatalogSeed {
 public:
  CatalogSeed(const framework::QueryEngine& query, workflow::WorkflowEngine& workflows)
      : m_query(query), m_workflows(workflows) {}

  /// Runs the import; throws Error on invalid input (each workflow rolls its own part back).
  SeedReport run(const boost::json::object& catalog);

 private:
  std::optional<std::string> findId(const std::string& entity, const std::string& field,
                                    const std::string& value) const;
  void seedStoreDefaults();
  void seedSalesChannels(const boost::json::array& channels);
  void seedRegions(const boost::json::array& regions);
  void seedStockLocations(const boost::json::array& locations);
  void seedPublishableKeys(const boost::json::array& keys);
  void seedCollections(const boost::json::array& collections);
  void seedCategories(const boost::json::array& categories, const std::string& parentId);
  void seedTypesAndTags(const boost::json::array& products);
  void seedProducts(const boost::json::array& products);
  void seedStock(const boost::json::array& products);
  void updateStore(const boost::json::object& store);

  const framework::QueryEngine& m_query;
  workflow::WorkflowEngine& m_workflows;
  SeedReport m_report{};
  std::string m_storeId;
  std::map<std::string, std::string> m_ids;  ///< "sales_channel:Name" → id, "region:Name"...
  std::string m_defaultChannel, m_defaultRegion, m_defaultLocation;
};

}  // namespace medusa::server
