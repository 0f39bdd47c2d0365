// SPDX-License-Identifier: MIT
#include "api/store/product_types/store_product_type_routes.h"

#include <array>
#include <string_view>

#include "api/admin/collections/catalog_crud_routes.h"

namespace medusa::api {

namespace {

// Medusa's store product-types defaults (its `external_id` is no column of ours).
constexpr std::array<std::string_view, 6> kFields = {"id",         "value",    "created_at",
                                                     "updated_at", "metadata", "*products"};
// What `fields` may reach: the products, as the store shows them (published, in the key's
// channels). No back-links into other entities.
constexpr std::array<std::string_view, 1> kRelations = {"products"};
// StoreProductTypesParams' filters.
constexpr std::array<std::string_view, 8> kFilters = {
    "q", "id", "value", "created_at", "updated_at", "deleted_at", "$and", "$or"};

const catalog::ReadFamily kFamily{.path = "/store/product-types",
                                  .entity = "product_type",
                                  .singular = "product_type",
                                  .plural = "product_types",
                                  .displayName = "Product type",
                                  .listConfig = http::QueryConfig::list(kFields).withDefaultLimit(50),
                                  .retrieveConfig = http::QueryConfig::retrieve(kFields),
                                  .filters = {.keys = kFilters, .store = true},
    .storeRelations = kRelations};

}  // namespace

void registerStoreProductTypeRoutes(http::Router& router, RouteScope scope) {
  catalog::registerReadRoutes(router, scope, kFamily);
}

}  // namespace medusa::api
