// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/db/statement.h"

/// The product module's hand-written SQL: pivots, collection membership and the category tree
/// (what the generic repository does not cover). Arrays travel as one text[] parameter.
namespace medusa::product::sql {

// ---- pivots -----------------------------------------------------------------------------

inline constexpr db::Statement kLinkTags{
    "product.link_tags",
    "INSERT INTO product_tags (product_id, product_tag_id) SELECT $1, unnest($2::text[]) "
    "ON CONFLICT DO NOTHING"};
inline constexpr db::Statement kUnlinkOtherTags{
    "product.unlink_other_tags",
    "DELETE FROM product_tags WHERE product_id = $1 AND NOT (product_tag_id = ANY($2::text[]))"};
inline constexpr db::Statement kLinkCategories{
    "product.link_categories",
    "INSERT INTO product_category_product (product_id, product_category_id) "
    "SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING"};
inline constexpr db::Statement kUnlinkOtherCategories{
    "product.unlink_other_categories",
    "DELETE FROM product_category_product WHERE product_id = $1 "
    "AND NOT (product_category_id = ANY($2::text[]))"};
inline constexpr db::Statement kAddCategoryProducts{
    "product.add_category_products",
    "INSERT INTO product_category_product (product_id, product_category_id) "
    "SELECT unnest($2::text[]), $1 ON CONFLICT DO NOTHING"};
inline constexpr db::Statement kRemoveCategoryProducts{
    "product.remove_category_products",
    "DELETE FROM product_category_product WHERE product_category_id = $1 "
    "AND product_id = ANY($2::text[])"};
inline constexpr db::Statement kClearVariantOptions{
    "product.clear_variant_options",
    "DELETE FROM product_variant_option WHERE variant_id = ANY($1::text[])"};
inline constexpr db::Statement kLinkVariantOptions{
    "product.link_variant_options",
    "INSERT INTO product_variant_option (variant_id, option_value_id) "
    "SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING"};

// ---- soft-deleted children named again by a replacing update ----------------------------

inline constexpr db::Statement kRestoreOwnedVariants{
    "product.restore_owned_variants",
    "UPDATE product_variant SET deleted_at = NULL WHERE id = ANY($1::text[]) "
    "AND product_id = $2 AND deleted_at IS NOT NULL"};
/// Soft-deleted options of product $2 among $1 (restored through the repository, which
/// cascades to their values).
inline constexpr db::Statement kOwnedDeletedOptions{
    "product.owned_deleted_options",
    "SELECT id FROM product_option WHERE id = ANY($1::text[]) AND product_id = $2 "
    "AND deleted_at IS NOT NULL"};
inline constexpr db::Statement kRestoreOwnedImages{
    "product.restore_owned_images",
    "UPDATE image SET deleted_at = NULL WHERE id = ANY($1::text[]) "
    "AND product_id = $2 AND deleted_at IS NOT NULL"};

// ---- collections ------------------------------------------------------------------------

/// Returns the rows' previous collection_id (a self-join sees the row before the update).
inline constexpr db::Statement kSetCollection{
    "product.set_collection",
    "UPDATE product p SET collection_id = $1, updated_at = now() FROM product old "
    "WHERE old.id = p.id AND p.id = ANY($2::text[]) AND p.deleted_at IS NULL "
    "RETURNING p.id, old.collection_id"};
inline constexpr db::Statement kClearCollection{
    "product.clear_collection",
    "UPDATE product p SET collection_id = NULL, updated_at = now() FROM product old "
    "WHERE old.id = p.id AND p.id = ANY($2::text[]) AND p.collection_id = $1 "
    "AND p.deleted_at IS NULL RETURNING p.id, old.collection_id"};
inline constexpr db::Statement kRestoreCollection{
    "product.restore_collection",
    "UPDATE product SET collection_id = $2, updated_at = now() WHERE id = $1"};

// ---- category tree ----------------------------------------------------------------------

inline constexpr db::Statement kCategoryNode{
    "product.category_node",
    "SELECT id, mpath, rank, parent_category_id, deleted_at IS NOT NULL FROM product_category "
    "WHERE id = $1"};
inline constexpr db::Statement kCountSiblings{
    "product.count_siblings",
    "SELECT count(*) FROM product_category WHERE parent_category_id IS NOT DISTINCT FROM $1 "
    "AND deleted_at IS NULL"};
/// rank += $4 for live siblings under $1 with $2 <= rank <= $3, except category $5.
inline constexpr db::Statement kShiftSiblings{
    "product.shift_siblings",
    "UPDATE product_category SET rank = rank + $4 WHERE parent_category_id IS NOT DISTINCT "
    "FROM $1 AND rank BETWEEN $2 AND $3 AND id IS DISTINCT FROM $5 AND deleted_at IS NULL"};
inline constexpr db::Statement kCountLiveChildren{
    "product.count_live_children",
    "SELECT count(*) FROM product_category WHERE parent_category_id = $1 "
    "AND deleted_at IS NULL"};
/// Re-roots the descendants' mpaths: $1 old prefix (with the trailing '.'), $2 new one.
inline constexpr db::Statement kMoveDescendants{
    "product.move_descendants",
    "UPDATE product_category SET mpath = $2::text || substr(mpath, length($1::text) + 1) "
    "WHERE mpath LIKE replace(replace($1::text, '%', '\\%'), '_', '\\_') || '%'"};
inline constexpr db::Statement kSetCategoryDeleted{
    "product.set_category_deleted",
    "UPDATE product_category SET deleted_at = CASE WHEN $2::boolean THEN now() END, "
    "rank = $3::integer "
    "WHERE id = $1"};
inline constexpr db::Statement kDeleteCategory{"product.delete_category",
                                               "DELETE FROM product_category WHERE id = $1"};

}  // namespace medusa::product::sql
