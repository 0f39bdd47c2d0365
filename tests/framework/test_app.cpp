// SPDX-License-Identifier: MIT
#include <cstdio>

#include "medusa/core/id.h"
#include "medusa/db/migration_runner.h"
#include "test_modules.h"
#include "test_services.h"

namespace medusa::test {

namespace bj = boost::json;

framework::EntityService TestApp::service(const std::string& entity) const {
  return framework::EntityService(*pool, framework::Repository(query(), entity));
}

TestApp makeApp(const std::string& prefix) {
  TestApp app;
  app.url = createDatabase(prefix);
  app.pool = std::make_unique<db::Pool>(db::PoolOptions{.url = app.url, .size = 2});
  app.registry = std::make_unique<framework::ModuleRegistry>();
  auto& registry = *app.registry;
  registry.addModule(catalogModule());
  registry.addModule(channelModule());
  registry.addModule(pricingModule());
  registry.addModule(stockModule());
  registry.addLink(productSalesChannelLink());
  registry.addLink(variantPriceSetLink());
  registry.addLink(variantInventoryLink());
  registry.addAlias("product_variant", {"prices", {"price_set_link", "price_set", "prices"}});
  // Read-only: an inventory item's sku names a variant's sku (no table, no migration).
  registry.addReadOnlyLink({.entity = "inventory_item",
                            .foreignKey = "sku",
                            .target = "product_variant",
                            .field = "variant_by_sku",
                            .targetKey = "sku",
                            .reverseField = "stock_items"});
  db::MigrationRunner(*app.pool, registry.migrations()).migrate();
  registry.boot(*app.pool);
  return app;
}

Seeded seedCatalog(const TestApp& app, int count) {
  Seeded seeded;
  seeded.collection = app.service("product_collection")
                          .create(bj::object{{"title", "Summer"}, {"handle", "summer"}})
                          .at("id")
                          .as_string()
                          .c_str();
  for (const auto& channel :
       app.service("sales_channel")
           .create(bj::array{bj::object{{"name", "Web"}}, bj::object{{"name", "Shop"}}})) {
    seeded.channels.emplace_back(channel.at("id").as_string());
  }
  bj::array priceSets, products;
  for (int i = 0; i < count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%03d", i);
    const auto small = id::generate("optval"), medium = id::generate("optval");
    bj::array variants;
    for (int v = 0; v < 2; ++v) {
      const auto priceSet = id::generate("pset");
      priceSets.push_back(bj::object{
          {"id", priceSet},
          {"prices", bj::array{bj::object{{"currency_code", "eur"}, {"amount", 10 + v}},
                               bj::object{{"currency_code", "usd"}, {"amount", "12.50"}}}}});
      seeded.priceSets.push_back(priceSet);
      variants.push_back(bj::object{{"title", v ? "M" : "S"},
                                    {"sku", std::string("SKU-") + name + (v ? "-M" : "-S")},
                                    {"variant_rank", v},
                                    {"options", bj::array{bj::value(v ? medium : small)}}});
    }
    products.push_back(bj::object{
        {"title", std::string("Product ") + name},
        {"handle", std::string("product-") + name},
        {"collection_id", seeded.collection},
        {"options",
         bj::array{bj::object{{"title", "Size"},
                              {"values", bj::array{bj::object{{"id", small}, {"value", "S"}},
                                                   bj::object{{"id", medium}, {"value", "M"}}}}}}},
        {"variants", std::move(variants)}});
  }
  app.service("price_set").create(priceSets);
  std::vector<framework::LinkPair> channelLinks, priceLinks;
  std::size_t priceIndex = 0;
  for (const auto& product : app.service("product").create(products)) {
    const std::string productId(product.at("id").as_string());
    seeded.products.push_back(productId);
    for (const auto& channel : seeded.channels) channelLinks.push_back({productId, channel});
    for (const auto& variant : product.at("variants").as_array()) {
      seeded.variants.emplace_back(variant.at("id").as_string());
      priceLinks.push_back({seeded.variants.back(), seeded.priceSets[priceIndex++]});
    }
  }
  app.links().create("product_sales_channel", channelLinks);
  app.links().create("product_variant_price_set", priceLinks);
  return seeded;
}

}  // namespace medusa::test
