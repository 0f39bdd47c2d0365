// SPDX-License-Identifier: MIT
#include "api/store/collections/store_collection_routes.h"

#include <array>
#include <string_view>

#include "api/admin/collections/catalog_crud_routes.h"

namespace medusa::api {

namespace {

// Medusa's defaultStoreCollectionFields.
constexpr std::array<std::string_view, 5> kFields = {"id", "title", "handle", "created_at",
                                                     "updated_at"};
// What `fields` may reach: the products, as the store shows them (published, in the key's
// channels). No back-links into other entities.
constexpr std::array<std::string_view, 1> kRelations = {"products"};
// StoreGetCollectionsParams' filters.
constexpr std::array<std::string_view, 8> kFilters = {
    "q", "title", "handle", "created_at", "updated_at", "deleted_at", "$and", "$or"};

const catalog::ReadFamily kFamily{
    .path = "/store/collections",
    .entity = "product_collection",
    .singular = "collection",
    .plural = "collections",
    .displayName = "Collection",
    .listConfig =
        http::QueryConfig::list(kFields).withDefaultLimit(10).withDefaultOrder("-created_at"),
    .retrieveConfig = http::QueryConfig::retrieve(kFields),
    .filters = {.keys = kFilters, .store = true},
    .storeRelations = kRelations};

}  // namespace

void registerStoreCollectionRoutes(http::Router& router, RouteScope scope) {
  catalog::registerReadRoutes(router, scope, kFamily);
}

}  // namespace medusa::api
