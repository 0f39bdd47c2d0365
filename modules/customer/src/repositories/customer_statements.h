// SPDX-License-Identifier: MIT
// The customer module's hand-written SQL (the rest is the generic repository's): clearing
// default address flags and writing the group pivot. Arrays travel as one text[] parameter.
#pragma once

#include "medusa/db/statement.h"

namespace medusa::customer::detail {

/// Clears is_default_shipping on the customers' ($1) live addresses except $2; returns them.
inline constexpr db::Statement kUnsetDefaultShipping{
    "customer.unset_default_shipping",
    "UPDATE customer_address SET is_default_shipping = false, updated_at = now() "
    "WHERE customer_id = ANY($1::text[]) AND is_default_shipping AND deleted_at IS NULL "
    "AND NOT (id = ANY($2::text[])) RETURNING id"};

/// Clears is_default_billing on the customers' ($1) live addresses except $2; returns them.
inline constexpr db::Statement kUnsetDefaultBilling{
    "customer.unset_default_billing",
    "UPDATE customer_address SET is_default_billing = false, updated_at = now() "
    "WHERE customer_id = ANY($1::text[]) AND is_default_billing AND deleted_at IS NULL "
    "AND NOT (id = ANY($2::text[])) RETURNING id"};

/// Adds memberships (customer ids $1, group ids $2, pairwise); returns the new ones only.
inline constexpr db::Statement kAddToGroups{
    "customer.add_to_groups",
    "INSERT INTO customer_group_customer (customer_id, customer_group_id) "
    "SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING "
    "RETURNING customer_id, customer_group_id"};

/// Removes memberships (pairwise as kAddToGroups); returns the ones that existed.
inline constexpr db::Statement kRemoveFromGroups{
    "customer.remove_from_groups",
    "DELETE FROM customer_group_customer g USING unnest($1::text[], $2::text[]) AS p(c, cg) "
    "WHERE g.customer_id = p.c AND g.customer_group_id = p.cg "
    "RETURNING g.customer_id, g.customer_group_id"};

}  // namespace medusa::customer::detail
