// SPDX-License-Identifier: MIT
#include "api/admin/collections/catalog_crud_routes.h"

#include "api/common/store_access.h"
#include "medusa/framework/query_engine.h"
#include "medusa/workflow/workflow_engine.h"

namespace medusa::api::catalog {

namespace {

namespace bj = boost::json;

/// A /store family reads under the store's access policy; an admin family reads everything.
std::shared_ptr<const framework::AccessPolicy> accessOf(const http::Request& req,
                                                        const ReadFamily& family) {
  return family.filters.store ? storeAccess(req, family.storeRelations) : nullptr;
}

/// GET <path>: the list through Query.
http::Response list(const http::Request& req, const RouteScope& scope, const ReadFamily& family) {
  const auto params = findParams(req, family.listConfig, family.filters);
  return listResponse(scope.query,
                      listQuery(std::string(family.entity), params, {}, accessOf(req, family)),
                      family.plural, params);
}

/// `{<singular>: the entity}` (GET <path>/:id, and every write's answer).
http::Response entityResponse(const RouteScope& scope, const http::Request& req,
                              const ReadFamily& family, std::string_view id) {
  bj::object body;
  body[family.singular] = refetch(scope, req, family, id);
  return http::Response::json(200, body);
}

/// POST <path>: the create workflow with one entity, then the refetched entity.
http::Response create(const http::Request& req, const RouteScope& scope, const ReadFamily& family,
                      const WriteFamily& writes) {
  auto input = bodyOf(writes.createSchema(), req);
  findParams(req, family.retrieveConfig);  // a bad `fields` fails before anything is written
  const auto created = scope.workflows.run(*writes.create, bj::array{std::move(input)}).value();
  return entityResponse(scope, req, family, created.at(0).at("id").as_string());
}

/// POST <path>/:id: 404 for an unknown id, else the update workflow and the refetched entity.
http::Response update(const http::Request& req, const RouteScope& scope, const ReadFamily& family,
                      const WriteFamily& writes) {
  auto input = bodyOf(writes.updateSchema(), req);
  const std::string id(req.param("id"));
  findParams(req, family.retrieveConfig);
  requireExisting(scope, family, id);
  scope.workflows.run(*writes.update,
                      bj::object{{"selector", {{"id", id}}}, {"update", std::move(input)}});
  return entityResponse(scope, req, family, id);
}

/// DELETE <path>/:id: the delete workflow, then `{id, object, deleted: true}`.
http::Response remove(const http::Request& req, const RouteScope& scope, const WriteFamily& writes) {
  const std::string id(req.param("id"));
  scope.workflows.run(*writes.remove, std::vector<std::string>{id});
  return deletedResponse(id, writes.deleteObject);
}

}  // namespace

const http::validation::Schema& valueCreateSchema() {
  using http::validation::Schema;
  static const Schema schema = Schema::object(
      {{"value", Schema::string()}, {"metadata", Schema::record().nullable().optional()}});
  return schema;
}

const http::validation::Schema& valueUpdateSchema() {
  using http::validation::Schema;
  static const Schema schema = Schema::object({{"value", Schema::string().optional()},
                                               {"metadata", Schema::record().nullable().optional()}});
  return schema;
}

std::string notFound(const ReadFamily& family, std::string_view id) {
  return notFoundMessage(family.displayName, id);
}

bj::object refetch(const RouteScope& scope, const http::Request& req, const ReadFamily& family,
                   std::string_view id) {
  const auto params = findParams(req, family.retrieveConfig, {.store = family.filters.store});
  return retrieveOne(scope.query, family.entity, id, params.fields, notFound(family, id), {},
                     accessOf(req, family));
}

void requireExisting(const RouteScope& scope, const ReadFamily& family, std::string_view id) {
  retrieveOne(scope.query, family.entity, id, {"id"}, notFound(family, id));
}

bj::object bodyOf(const http::validation::Schema& schema, const http::Request& req) {
  auto body = http::validation::parseBody(schema, req.json());
  body.erase("additional_data");
  return body;
}

void registerReadRoutes(http::Router& router, RouteScope scope, const ReadFamily& family) {
  const std::string path(family.path);
  router.get(path, [scope, &family](http::Request& req) { return list(req, scope, family); });
  router.get(path + "/:id", [scope, &family](http::Request& req) {
    return entityResponse(scope, req, family, req.param("id"));
  });
}

void registerWriteRoutes(http::Router& router, RouteScope scope, const ReadFamily& family,
                         const WriteFamily& writes) {
  const std::string path(family.path);
  router.post(path, [scope, &family, &writes](http::Request& req) {
    return create(req, scope, family, writes);
  });
  router.post(path + "/:id", [scope, &family, &writes](http::Request& req) {
    return update(req, scope, family, writes);
  });
  router.del(path + "/:id",
             [scope, &writes](http::Request& req) { return remove(req, scope, writes); });
}

}  // namespace medusa::api::catalog
