// SPDX-License-Identifier: MIT
// Small modules for the framework tests: "catalog" (product -> variants -> option values,
// options -> values, collection, categories), "channel" (sales_channel), "pricing"
// (price_set -> prices) and "stock" (inventory_item), with three links between them.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <memory>
#include <string>
#include <vector>

#include "medusa/db/pool.h"
#include "medusa/framework/module_registry.h"

namespace medusa::test {

framework::ModuleDefinition catalogModule();
framework::ModuleDefinition channelModule();
framework::ModuleDefinition pricingModule();
framework::ModuleDefinition stockModule();

/// product <-> sales_channel (n:m): product.sales_channels / sales_channel.products.
framework::LinkDefinition productSalesChannelLink();
/// product_variant <-> price_set (1:1): variant.price_set, plus alias variant.prices.
framework::LinkDefinition variantPriceSetLink();
/// product_variant <-> inventory_item (n:m, required_quantity): variant.inventory_items rows
/// with `inventory`, inventory_item.variants.
framework::LinkDefinition variantInventoryLink();

/// A fresh database with all test modules and links migrated and booted.
struct TestApp {
  std::string url;
  std::unique_ptr<db::Pool> pool;
  std::unique_ptr<framework::ModuleRegistry> registry;

  framework::QueryEngine& query() const { return registry->query(); }
  framework::LinkService& links() const { return registry->links(); }
  /// The generic service of an entity.
  framework::EntityService service(const std::string& entity) const;
  /// Statements run so far by the framework.
  std::uint64_t statements() const { return registry->sql().count(); }
};

/// Creates database `<prefix>_...` with the four modules, the three links and the read-only
/// link, migrates and boots it (computed fields are registered afterwards, via app.query()).
TestApp makeApp(const std::string& prefix);

/// What seedCatalog created.
struct Seeded {
  std::vector<std::string> products;  ///< in creation order
  std::vector<std::string> variants;
  std::vector<std::string> channels;
  std::vector<std::string> priceSets;
  std::string collection;
};

/// `count` products "Product 000".. each with options Size (S, M) and 2 variants (one per
/// size, each with a price set of 2 prices), in collection "Summer", linked to 2 channels.
Seeded seedCatalog(const TestApp& app, int count);

}  // namespace medusa::test
