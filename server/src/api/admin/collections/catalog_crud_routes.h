// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "api/common/find_query.h"
#include "api/common/route_scope.h"
#include "http/router.h"
#include "http/validation/body_schema.h"
#include "medusa/workflow/workflow.h"

/// The CRUD every simple catalog family shares (collections, tags, types; admin and store):
/// a family is described once as data, and these register Medusa's list/retrieve/create/
/// update/delete routes for it. Reads go through Query, writes through the family's
/// workflows, and every write answers the refetched entity.
namespace medusa::api::catalog {

/// How a family reads: entity, envelope keys, query configs and list filters. Lives in static
/// storage (handlers keep a reference).
struct ReadFamily {
  std::string_view path{};         // "/admin/product-tags"
  std::string_view entity{};       // "product_tag"
  std::string_view singular{};     // "product_tag"
  std::string_view plural{};       // "product_tags"
  std::string_view displayName{};  // "Product tag": "Product tag with id: X was not found"
  http::QueryConfig listConfig{};
  http::QueryConfig retrieveConfig{};
  FilterSchema filters{};  // the list route's filters; `.store` marks a /store family
  /// A /store family: the relation paths `fields` may reach (see storeAccess).
  std::span<const std::string_view> storeRelations{};
};

/// How an admin family writes: its body schemas, workflows and delete `object` string.
struct WriteFamily {
  const http::validation::Schema& (*createSchema)() = nullptr;
  const http::validation::Schema& (*updateSchema)() = nullptr;
  const workflow::Workflow<boost::json::array, boost::json::array>* create = nullptr;
  const workflow::Workflow<boost::json::object, boost::json::array>* update = nullptr;
  const workflow::Workflow<std::vector<std::string>, std::vector<std::string>>* remove = nullptr;
  std::string_view deleteObject{};  // "collection", "product_tag", ...
};

/// AdminCreateProductTag / AdminCreateProductType: `{value, metadata?}`.
const http::validation::Schema& valueCreateSchema();
/// AdminUpdateProductTag / AdminUpdateProductType: `{value?, metadata?}`.
const http::validation::Schema& valueUpdateSchema();

/// `<displayName> with id: <id> was not found`.
std::string notFound(const ReadFamily& family, std::string_view id);

/// The entity `id` with the fields the request asks for (retrieve config); 404 when missing.
boost::json::object refetch(const RouteScope& scope, const http::Request& req,
                            const ReadFamily& family, std::string_view id);

/// 404 unless a live `id` of the family exists (before a write, as Medusa's routes check).
void requireExisting(const RouteScope& scope, const ReadFamily& family, std::string_view id);

/// The parsed body without `additional_data` (kept for hooks in Medusa; we have none).
boost::json::object bodyOf(const http::validation::Schema& schema, const http::Request& req);

/// GET <path> (`{<plural>, count, offset, limit}`) and GET <path>/:id (`{<singular>}`).
void registerReadRoutes(http::Router& router, RouteScope scope, const ReadFamily& family);

/// POST <path>, POST <path>/:id, DELETE <path>/:id, each answering as Medusa's route does.
void registerWriteRoutes(http::Router& router, RouteScope scope, const ReadFamily& family,
                         const WriteFamily& writes);

}  // namespace medusa::api::catalog
