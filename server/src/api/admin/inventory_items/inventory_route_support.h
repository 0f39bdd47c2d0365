// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "api/common/find_query.h"
#include "api/common/route_scope.h"
#include "http/validation/body_schema.h"

/// What the inventory item and location level routes share: Medusa's default fields, the
/// level body schema and the refetch of an item.
namespace medusa::api::inventory_routes {

/// defaultAdminInventoryItemFields; `*location_levels` does not carry the computed
/// available_quantity here, so it is named as well.
inline constexpr std::array<std::string_view, 21> kItemFields = {
    "id",         "sku",        "title",      "description", "thumbnail",
    "origin_country", "hs_code", "requires_shipping", "mid_code", "material",
    "weight",     "length",     "height",     "width",       "metadata",
    "reserved_quantity", "stocked_quantity", "created_at", "updated_at", "*location_levels",
    "location_levels.available_quantity"};
inline constexpr auto kRetrieveItem = http::QueryConfig::retrieve(kItemFields);

/// AdminCreateInventoryLocationLevel ({location_id, stocked_quantity?, incoming_quantity?},
/// strict).
inline http::validation::Schema levelSchema() {
  using http::validation::Schema;
  return Schema::object({{"location_id", Schema::string()},
                         {"stocked_quantity", Schema::number().min(0).optional()},
                         {"incoming_quantity", Schema::number().min(0).optional()}})
      .strict();
}

/// `Inventory item with id: X was not found`.
inline std::string itemNotFound(std::string_view id) {
  return "Inventory item with id: " + std::string(id) + " was not found";
}

/// The item with the request's `fields` (Medusa's refetchInventoryItem).
inline boost::json::object refetchItem(const RouteScope& scope, const http::Request& req,
                                       std::string_view id) {
  const auto params = findParams(req, kRetrieveItem);
  return retrieveOne(scope.query, "inventory_item", id, params.fields, itemNotFound(id));
}

/// 404 unless the item exists.
inline void requireItem(const RouteScope& scope, std::string_view id) {
  retrieveOne(scope.query, "inventory_item", id, {"id"}, itemNotFound(id));
}

}  // namespace medusa::api::inventory_routes
