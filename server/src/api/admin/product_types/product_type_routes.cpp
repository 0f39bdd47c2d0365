// SPDX-License-Identifier: MIT
#include "api/admin/product_types/product_type_routes.h"

#include <array>
#include <string_view>

#include "api/admin/collections/catalog_crud_routes.h"
#include "workflows/catalog/product_type/workflows/create_product_types_workflow.h"
#include "workflows/catalog/product_type/workflows/delete_product_types_workflow.h"
#include "workflows/catalog/product_type/workflows/update_product_types_workflow.h"

namespace medusa::api {

namespace {

namespace flows = server::workflows::catalog;

// Medusa's defaultAdminProductTypeFields.
constexpr std::array<std::string_view, 5> kFields = {"id", "value", "created_at", "updated_at",
                                                     "metadata"};
// AdminGetProductTypesParams' filters.
constexpr std::array<std::string_view, 8> kFilters = {
    "q", "id", "value", "created_at", "updated_at", "deleted_at", "$and", "$or"};

// The validator's limit (10) wins over the query config's.
const catalog::ReadFamily kFamily{
    .path = "/admin/product-types",
    .entity = "product_type",
    .singular = "product_type",
    .plural = "product_types",
    .displayName = "Product type",
    .listConfig = http::QueryConfig::list(kFields).withDefaultLimit(10),
    .retrieveConfig = http::QueryConfig::retrieve(kFields),
    .filters = {.keys = kFilters}};

const catalog::WriteFamily kWrites{.createSchema = catalog::valueCreateSchema,
                                   .updateSchema = catalog::valueUpdateSchema,
                                   .create = &flows::createProductTypesWorkflow,
                                   .update = &flows::updateProductTypesWorkflow,
                                   .remove = &flows::deleteProductTypesWorkflow,
                                   .deleteObject = "product_type"};

}  // namespace

void registerAdminProductTypeRoutes(http::Router& router, RouteScope scope) {
  catalog::registerReadRoutes(router, scope, kFamily);
  catalog::registerWriteRoutes(router, scope, kFamily, kWrites);
}

}  // namespace medusa::api
