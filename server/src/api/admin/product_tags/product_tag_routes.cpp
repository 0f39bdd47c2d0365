// SPDX-License-Identifier: MIT
#include "api/admin/product_tags/product_tag_routes.h"

#include <array>
#include <string_view>

#include "api/admin/collections/catalog_crud_routes.h"
#include "workflows/catalog/product_tag/workflows/create_product_tags_workflow.h"
#include "workflows/catalog/product_tag/workflows/delete_product_tags_workflow.h"
#include "workflows/catalog/product_tag/workflows/update_product_tags_workflow.h"

namespace medusa::api {

namespace {

namespace flows = server::workflows::catalog;

// Medusa's defaultAdminProductTagFields.
constexpr std::array<std::string_view, 4> kFields = {"id", "value", "created_at", "updated_at"};
// AdminGetProductTagsParams' filters.
constexpr std::array<std::string_view, 8> kFilters = {
    "q", "id", "value", "created_at", "updated_at", "deleted_at", "$and", "$or"};

// The validator's limit (20) wins over the query config's.
const catalog::ReadFamily kFamily{
    .path = "/admin/product-tags",
    .entity = "product_tag",
    .singular = "product_tag",
    .plural = "product_tags",
    .displayName = "Product tag",
    .listConfig = http::QueryConfig::list(kFields).withDefaultLimit(20),
    .retrieveConfig = http::QueryConfig::retrieve(kFields),
    .filters = {.keys = kFilters}};

const catalog::WriteFamily kWrites{.createSchema = catalog::valueCreateSchema,
                                   .updateSchema = catalog::valueUpdateSchema,
                                   .create = &flows::createProductTagsWorkflow,
                                   .update = &flows::updateProductTagsWorkflow,
                                   .remove = &flows::deleteProductTagsWorkflow,
                                   .deleteObject = "product_tag"};

}  // namespace

void registerAdminProductTagRoutes(http::Router& router, RouteScope scope) {
  catalog::registerReadRoutes(router, scope, kFamily);
  catalog::registerWriteRoutes(router, scope, kFamily, kWrites);
}

}  // namespace medusa::api
