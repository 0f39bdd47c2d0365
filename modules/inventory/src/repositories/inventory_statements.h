// SPDX-License-Identifier: MIT
// The inventory module's hand-written SQL: quantity arithmetic done by PostgreSQL under the
// row lock of the UPDATE (no read-modify-write race between concurrent reservations), and the
// batched sums Query and the store need. Arrays travel as one text-array parameter each.
#pragma once

#include "medusa/db/statement.h"

namespace medusa::inventory::detail {

/// Adds per-(item, location) deltas to reserved_quantity; returns what is available after.
/// $1 item ids, $2 location ids, $3 deltas (parallel arrays; pairs may repeat).
inline constexpr db::Statement kAdjustReserved{
    "inventory.adjust_reserved",
    "UPDATE inventory_level AS l SET reserved_quantity = l.reserved_quantity + a.delta, "
    "updated_at = now() "
    "FROM (SELECT item, loc, sum(delta) AS delta "
    "FROM unnest($1::text[], $2::text[], $3::numeric[]) AS u(item, loc, delta) "
    "GROUP BY item, loc) AS a "
    "WHERE l.inventory_item_id = a.item AND l.location_id = a.loc AND l.deleted_at IS NULL "
    "RETURNING l.inventory_item_id, l.location_id, "
    "(l.stocked_quantity - l.reserved_quantity)::text"};

/// Adds $3 to the stocked quantity of item $1 at location $2; returns the level id.
inline constexpr db::Statement kAdjustStocked{
    "inventory.adjust_stocked",
    "UPDATE inventory_level SET stocked_quantity = stocked_quantity + $3::numeric, "
    "updated_at = now() "
    "WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL RETURNING id"};

/// Available quantity per item over a set of locations ($1 item ids, $2 location ids).
inline constexpr db::Statement kAvailableQuantities{
    "inventory.available_quantities",
    "SELECT inventory_item_id, sum(stocked_quantity - reserved_quantity)::text "
    "FROM inventory_level WHERE inventory_item_id = ANY($1::text[]) "
    "AND location_id = ANY($2::text[]) AND deleted_at IS NULL GROUP BY inventory_item_id"};

/// Stocked and reserved sums per item over all its live levels ($1 item ids).
inline constexpr db::Statement kItemQuantities{
    "inventory.item_quantities",
    "SELECT inventory_item_id, sum(stocked_quantity)::text, sum(reserved_quantity)::text "
    "FROM inventory_level WHERE inventory_item_id = ANY($1::text[]) AND deleted_at IS NULL "
    "GROUP BY inventory_item_id"};

}  // namespace medusa::inventory::detail
