// SPDX-License-Identifier: MIT
#include "api/admin/collections/collection_routes.h"

#include <array>
#include <string>
#include <string_view>

#include "api/admin/collections/catalog_crud_routes.h"
#include "medusa/workflow/workflow_engine.h"
#include "workflows/catalog/collection/workflows/batch_link_products_to_collection_workflow.h"
#include "workflows/catalog/collection/workflows/create_collections_workflow.h"
#include "workflows/catalog/collection/workflows/delete_collections_workflow.h"
#include "workflows/catalog/collection/workflows/update_collections_workflow.h"

namespace medusa::api {

namespace {

namespace bj = boost::json;
namespace flows = server::workflows::catalog;
using http::validation::Schema;

// Medusa's defaultAdminCollectionFields.
constexpr std::array<std::string_view, 6> kFields = {"id",         "title",      "handle",
                                                     "created_at", "updated_at", "metadata"};
// AdminGetCollectionsParams' filters.
constexpr std::array<std::string_view, 9> kFilters = {
    "q", "id", "title", "handle", "created_at", "updated_at", "deleted_at", "$and", "$or"};

const Schema& createSchema() {  // AdminCreateCollection
  static const Schema schema = Schema::object({{"title", Schema::string()},
                                               {"handle", Schema::string().optional()},
                                               {"metadata", Schema::record().nullable().optional()},
                                               {"additional_data", Schema::record().optional()}});
  return schema;
}

const Schema& updateSchema() {  // AdminUpdateCollection
  static const Schema schema = Schema::object({{"title", Schema::string().optional()},
                                               {"handle", Schema::string().optional()},
                                               {"metadata", Schema::record().nullable().optional()},
                                               {"additional_data", Schema::record().optional()}});
  return schema;
}

const Schema& linkSchema() {  // createLinkBody()
  static const Schema schema =
      Schema::object({{"add", Schema::array(Schema::string()).optional()},
                      {"remove", Schema::array(Schema::string()).optional()}});
  return schema;
}

const catalog::ReadFamily kFamily{
    .path = "/admin/collections",
    .entity = "product_collection",
    .singular = "collection",
    .plural = "collections",
    .displayName = "Collection",
    .listConfig = http::QueryConfig::list(kFields).withDefaultLimit(10),
    .retrieveConfig = http::QueryConfig::retrieve(kFields),
    .filters = {.keys = kFilters}};

const catalog::WriteFamily kWrites{.createSchema = createSchema,
                                   .updateSchema = updateSchema,
                                   .create = &flows::createCollectionsWorkflow,
                                   .update = &flows::updateCollectionsWorkflow,
                                   .remove = &flows::deleteCollectionsWorkflow,
                                   .deleteObject = "collection"};

/// POST /admin/collections/:id/products: batch-link-products-to-collection, then `{collection}`.
http::Response linkProducts(const http::Request& req, const RouteScope& scope) {
  auto input = http::validation::parseBody(linkSchema(), req.json());
  const std::string id(req.param("id"));
  catalog::requireExisting(scope, kFamily, id);
  input["id"] = id;
  scope.workflows.run(flows::batchLinkProductsToCollectionWorkflow, input);
  return http::Response::json(200, {{"collection", catalog::refetch(scope, req, kFamily, id)}});
}

}  // namespace

void registerAdminCollectionRoutes(http::Router& router, RouteScope scope) {
  catalog::registerReadRoutes(router, scope, kFamily);
  catalog::registerWriteRoutes(router, scope, kFamily, kWrites);
  router.post("/admin/collections/:id/products",
              [scope](http::Request& req) { return linkProducts(req, scope); });
}

}  // namespace medusa::api
