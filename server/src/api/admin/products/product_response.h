// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "api/common/route_scope.h"
#include "http/request.h"
#include "http/response.h"

/// What the admin product routes share on the read side: Medusa's helpers.ts (the admin
/// price shape of `variants[].prices`, refetch after a write) and the product list filters.
namespace medusa::api::products {

/// Medusa's remapVariantResponse: `prices` in the admin shape {id, amount, currency_code,
/// min_quantity, max_quantity, variant_id, created_at, updated_at, rules: {attribute: value}}
/// (only the selected keys), `price_set` dropped.
void remapVariant(boost::json::object& variant);
/// Medusa's remapProductResponse: remapVariant on every variant.
void remapProduct(boost::json::object& product);

/// The product list's filters as Query takes them (transformProductParams): `tag_id` and
/// `category_id` become `tags.id` / `categories.id`, booleanStrings become booleans.
boost::json::object productFilters(boost::json::object filters);
/// The variant list's filters (booleanStrings become booleans).
boost::json::object variantFilters(boost::json::object filters);

/// The product `id` read back with the route's fields, remapped; NotFound `message` if gone.
boost::json::object refetchProduct(const RouteScope& scope, std::string_view id,
                                   const std::vector<std::string>& fields,
                                   const std::string& message = "Product not found");
/// The product `id` with the request's `fields` (product defaults), remapped.
boost::json::object refetchProduct(const RouteScope& scope, const http::Request& req,
                                   std::string_view id);
/// Rows of `entity` with these ids read with `fields`, remapped (batch responses).
boost::json::array refetchMany(const RouteScope& scope, std::string_view entity,
                               const boost::json::array& ids,
                               const std::vector<std::string>& fields);

/// Medusa's batch envelope with the rows read back: `{created, updated, deleted: {ids,
/// object, deleted: true}}` from a batch workflow's `{created, updated, deleted}`.
http::Response batchResponse(const RouteScope& scope, std::string_view entity,
                             std::string_view object, const boost::json::object& result,
                             const std::vector<std::string>& fields);

/// Refuses an unknown product with Medusa's pre-workflow wording `Product with id "X" not found`.
void requireProduct(const RouteScope& scope, std::string_view id);

}  // namespace medusa::api::products
