// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "http/query/find_params.h"

/// Medusa's admin product query configs (api/admin/products/query-config.ts) and the filter
/// keys of their validators.
namespace medusa::api::products {

/// defaultAdminProductFields.
inline constexpr std::array<std::string_view, 36> kProductFields = {
    "id",
    "title",
    "subtitle",
    "status",
    "external_id",
    "description",
    "handle",
    "is_giftcard",
    "discountable",
    "thumbnail",
    "collection_id",
    "type_id",
    "weight",
    "length",
    "height",
    "width",
    "hs_code",
    "origin_country",
    "mid_code",
    "material",
    "created_at",
    "updated_at",
    "deleted_at",
    "metadata",
    "*type",
    "*collection",
    "*options",
    "*options.values",
    "*tags",
    "*images",
    "*variants",
    "*variants.prices",
    "variants.prices.price_rules.value",
    "variants.prices.price_rules.attribute",
    "*variants.options",
    "*sales_channels"};
inline constexpr auto kRetrieveProduct = http::QueryConfig::retrieve(kProductFields);
inline constexpr auto kListProducts = http::QueryConfig::list(kProductFields).withDefaultLimit(50);

/// defaultAdminProductsVariantFields (variants under /admin/products/:id).
inline constexpr std::array<std::string_view, 26> kVariantFields = {"id",
                                                                    "product_id",
                                                                    "title",
                                                                    "sku",
                                                                    "allow_backorder",
                                                                    "manage_inventory",
                                                                    "hs_code",
                                                                    "origin_country",
                                                                    "mid_code",
                                                                    "material",
                                                                    "weight",
                                                                    "length",
                                                                    "height",
                                                                    "width",
                                                                    "created_at",
                                                                    "updated_at",
                                                                    "deleted_at",
                                                                    "metadata",
                                                                    "variant_rank",
                                                                    "ean",
                                                                    "upc",
                                                                    "barcode",
                                                                    "*prices",
                                                                    "prices.price_rules.value",
                                                                    "prices.price_rules.attribute",
                                                                    "*options"};
inline constexpr auto kRetrieveVariant = http::QueryConfig::retrieve(kVariantFields);
inline constexpr auto kListVariants = http::QueryConfig::list(kVariantFields).withDefaultLimit(50);

/// defaultAdminProductsOptionFields.
inline constexpr std::array<std::string_view, 2> kOptionFields = {"id", "title"};
inline constexpr auto kRetrieveOption = http::QueryConfig::retrieve(kOptionFields);
inline constexpr auto kListOptions = http::QueryConfig::list(kOptionFields).withDefaultLimit(50);

/// AdminGetProductsParams' filters.
inline constexpr std::array<std::string_view, 18> kProductFilters = {"q",
                                                                     "id",
                                                                     "title",
                                                                     "handle",
                                                                     "is_giftcard",
                                                                     "category_id",
                                                                     "collection_id",
                                                                     "tag_id",
                                                                     "type_id",
                                                                     "sales_channel_id",
                                                                     "status",
                                                                     "variants",
                                                                     "price_list_id",
                                                                     "created_at",
                                                                     "updated_at",
                                                                     "deleted_at",
                                                                     "$and",
                                                                     "$or"};
/// AdminGetProductVariantsParams' filters.
inline constexpr std::array<std::string_view, 9> kVariantFilters = {
    "q",    "id", "manage_inventory", "allow_backorder", "created_at", "updated_at", "deleted_at",
    "$and", "$or"};
/// AdminGetProductOptionsParams' filters.
inline constexpr std::array<std::string_view, 8> kOptionFilters = {
    "q", "id", "title", "created_at", "updated_at", "deleted_at", "$and", "$or"};

}  // namespace medusa::api::products
