// SPDX-License-Identifier: MIT
// Medusa's store product middlewares: filterByValidSalesChannels, setPricingContext,
// the category visibility filter and the inventory context.
#include "api/store/products/store_product_context.h"

#include <algorithm>

#include "api/common/find_query.h"
#include "api/common/store_access.h"
#include "http/publishable_key_context.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api {

namespace bj = boost::json;

namespace {

// What `fields` (and nested filters) may reach from a product: its own parts and the
// catalog entities a storefront shows. Categories come active and public only (storeAccess),
// so the internal ones Medusa strips afterwards never arrive. Not: sales channels, inventory,
// price sets, or any back-link (variants.product, collection.products, ...).
constexpr std::array<std::string_view, 11> kProductRelations = {
    "variants", "variants.options", "variants.options.option", "variants.images", "options",
    "options.values", "images", "collection", "type", "tags", "categories"};

// Query-string keys that describe the pricing context, not product filters.
constexpr std::array<std::string_view, 5> kPricingKeys{"region_id", "country_code", "province",
                                                       "cart_id", "currency_code"};

bool wants(const std::vector<std::string>& fields, std::string_view field) {
  return std::any_of(fields.begin(), fields.end(),
                     [&](const std::string& f) { return f == field; });
}

std::vector<std::string> stringsOf(const bj::value& value) {
  std::vector<std::string> out;
  if (value.is_string()) out.emplace_back(value.get_string());
  if (value.is_array()) {
    for (const auto& item : value.get_array()) {
      if (item.is_string()) out.emplace_back(item.get_string());
    }
  }
  return out;
}

// The key's channels, narrowed by `sales_channel_id` when the request names some.
std::vector<std::string> salesChannelsOf(const http::Request& req, bj::object& filters) {
  const auto* key = req.context().find<http::PublishableKeyContext>();
  std::vector<std::string> allowed = key ? key->salesChannelIds : std::vector<std::string>{};
  if (const auto* requested = filters.if_contains("sales_channel_id")) {
    auto ids = stringsOf(*requested);
    for (const auto& id : ids) {
      if (std::find(allowed.begin(), allowed.end(), id) == allowed.end()) {
        throw Error(ErrorType::InvalidData,
                    "Requested sales channel is not part of the publishable key");
      }
    }
    allowed = std::move(ids);
  }
  return allowed;
}

bj::object pricingContextOf(const framework::QueryEngine& query, const bj::object& params) {
  std::string regionId;
  if (const auto* region = params.if_contains("region_id"); region && region->is_string()) {
    regionId = region->get_string();
  } else {
    // TODO(#9): the cart's region (cart_id) once carts exist; then the store's default.
    const auto stores = query.graph({.entity = "store", .fields = {"default_region_id"}});
    if (!stores.rows.empty()) {
      const auto& id = stores.rows.front().at("default_region_id");
      if (id.is_string()) regionId = id.get_string();
    }
  }
  if (regionId.empty()) {
    throw Error(ErrorType::InvalidData,
                "Missing required pricing context to calculate prices - region_id");
  }
  const auto regions = query.graph({.entity = "region",
                                    .fields = {"id", "currency_code"},
                                    .filters = bj::object{{"id", regionId}}});
  if (regions.rows.empty()) {
    throw Error(ErrorType::InvalidData,
                "Region with id " + regionId + " not found when populating the pricing context");
  }
  bj::object context{{"region_id", regionId},
                     {"currency_code", regions.rows.front().at("currency_code")}};
  if (const auto* country = params.if_contains("country_code"); country && country->is_string()) {
    context["country_code"] = *country;
  }
  return context;
}

bj::array locationsOf(const framework::QueryEngine& query,
                      const std::vector<std::string>& channels) {
  if (channels.size() != 1) {
    throw Error(ErrorType::InvalidData,
                "Inventory availability cannot be calculated in the given context. Either "
                "provide a sales channel id or configure a single sales channel in the "
                "publishable key");
  }
  const auto rows = query.graph({.entity = "sales_channel",
                                 .fields = {"stock_locations_link.stock_location_id"},
                                 .filters = bj::object{{"id", channels.front()}}});
  bj::array locations;
  for (const auto& row : rows.rows) {
    if (const auto* links = row.as_object().if_contains("stock_locations_link");
        links && links->is_array()) {
      for (const auto& link : links->get_array()) {
        locations.push_back(link.at("stock_location_id"));
      }
    }
  }
  return locations;
}

}  // namespace

framework::GraphQuery storeProductQuery(const framework::QueryEngine& query,
                                        const http::Request& req, http::FindParams params) {
  bj::object pricingParams;
  for (auto key : kPricingKeys) {
    if (auto* value = params.filters.if_contains(key)) {
      pricingParams[key] = *value;
      params.filters.erase(key);
    }
  }
  const auto channels = salesChannelsOf(req, params.filters);
  params.filters.erase("sales_channel_id");
  if (auto* category = params.filters.if_contains("category_id")) {
    params.filters["categories"] =
        bj::object{{"id", *category}, {"is_active", true}, {"is_internal", false}};
    params.filters.erase("category_id");
  }
  if (auto* tag = params.filters.if_contains("tag_id")) {
    params.filters["tags"] = bj::object{{"id", *tag}};
    params.filters.erase("tag_id");
  }
  if (auto* giftcard = params.filters.if_contains("is_giftcard")) {
    if (auto flag = http::parseBooleanString(*giftcard)) *giftcard = *flag;
  }

  auto graph = listQuery("product", params,
                         bj::object{{"status", "published"}, {"sales_channel_id", [&] {
                                       bj::array ids;
                                       for (const auto& id : channels) ids.emplace_back(id);
                                       return ids;
                                     }()}},
                         storeAccess(req, kProductRelations));
  bj::object variantArgs;
  if (pricingParams.contains("region_id") || wants(graph.fields, "variants.calculated_price")) {
    if (!wants(graph.fields, "variants.calculated_price")) {
      graph.fields.emplace_back("variants.calculated_price");
    }
    variantArgs["calculated_price"] =
        bj::object{{"context", pricingContextOf(query, pricingParams)}};
  }
  // Any spelling that reaches the computed field (`variants.*inventory_quantity`, a trailing
  // segment) gets the channel's locations: without them it would sum every location's stock.
  if (std::any_of(graph.fields.begin(), graph.fields.end(), [](const std::string& field) {
        return field.find("inventory_quantity") != std::string::npos;
      })) {
    variantArgs["inventory_quantity"] = bj::object{{"location_ids", locationsOf(query, channels)}};
  }
  if (!variantArgs.empty()) graph.context["variants"] = std::move(variantArgs);
  return graph;
}

}  // namespace medusa::api
