// SPDX-License-Identifier: MIT
#include "api/store/product_tags/store_product_tag_routes.h"

#include <array>
#include <string_view>

#include "api/admin/collections/catalog_crud_routes.h"

namespace medusa::api {

namespace {

// Medusa's store product-tags defaults (its `external_id` is no column of ours).
constexpr std::array<std::string_view, 6> kFields = {"id",         "value",    "created_at",
                                                     "updated_at", "metadata", "*products"};
// What `fields` may reach: the products, as the store shows them (published, in the key's
// channels). No back-links into other entities.
constexpr std::array<std::string_view, 1> kRelations = {"products"};
// StoreProductTagsParams' filters.
constexpr std::array<std::string_view, 8> kFilters = {
    "q", "id", "value", "created_at", "updated_at", "deleted_at", "$and", "$or"};

const catalog::ReadFamily kFamily{.path = "/store/product-tags",
                                  .entity = "product_tag",
                                  .singular = "product_tag",
                                  .plural = "product_tags",
                                  .displayName = "Product tag",
                                  .listConfig = http::QueryConfig::list(kFields).withDefaultLimit(50),
                                  .retrieveConfig = http::QueryConfig::retrieve(kFields),
                                  .filters = {.keys = kFilters, .store = true},
    .storeRelations = kRelations};

}  // namespace

void registerStoreProductTagRoutes(http::Router& router, RouteScope scope) {
  catalog::registerReadRoutes(router, scope, kFamily);
}

}  // namespace medusa::api
