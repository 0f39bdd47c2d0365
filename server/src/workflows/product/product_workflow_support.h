// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>
#include <vector>

/// The shaping functions of the product workflows: pure transformations of workflow data
/// (Medusa's `transform` callbacks). They read and write nothing.
namespace medusa::server::workflows::products {

/// `object` without `keys`.
boost::json::object without(const boost::json::object& object,
                            std::initializer_list<std::string_view> keys);

/// The string ids of `[{id}]` entries at `key` of every object of `items` (duplicates kept once).
std::vector<std::string> nestedIds(const boost::json::array& items, std::string_view key);

/// Medusa's link form for two modules: `{a: {colA: idA}, b: {colB: idB}, data?}`.
boost::json::object linkOf(std::string_view moduleA, std::string_view columnA, std::string_view idA,
                           std::string_view moduleB, std::string_view columnB, std::string_view idB,
                           boost::json::object data = {});

/// A variant↔inventory-item link with its required_quantity, in the pair form
/// `{link, left, right, data}` createLinkPairsStep takes.
boost::json::object inventoryLinkPair(std::string_view variantId, std::string_view itemId,
                                      const boost::json::value& requiredQuantity);

/// Product↔sales-channel links for `products` (created rows) from the inputs' `sales_channels`.
boost::json::array salesChannelLinks(const boost::json::array& products,
                                     const boost::json::array& inputs);

/// The inventory items to create: one per created variant that manages inventory and was given
/// no `inventory_items` (sku, title, dimensions from the variant input). Same order as variants.
boost::json::array defaultInventoryItems(const boost::json::array& variants,
                                         const boost::json::array& inputs);

/// Variant↔inventory links (inventoryLinkPair form): the given `inventory_items` with their
/// required_quantity (1 by default), or the default item created for the variant (`created`, in
/// defaultInventoryItems' order). Duplicated items for one variant: Error{InvalidData} as Medusa
/// words it.
boost::json::array inventoryLinks(const boost::json::array& variants,
                                  const boost::json::array& inputs,
                                  const boost::json::array& created);

/// `[{prices}]`, one price set per variant input (no prices: an empty set).
boost::json::array priceSetInputs(const boost::json::array& inputs);

/// Variant↔price-set links, pairing variants and price sets by position.
boost::json::array priceSetLinks(const boost::json::array& variants,
                                 const boost::json::array& priceSets);

/// A variant's option combination as a comparable key, from an input map {"Size": "M"} or
/// from a read row's `options` [{value, option: {title}}].
std::string combinationKey(const boost::json::object& variant, bool fromRow);

/// `{id: [...]}` events payload `[{id}]` of rows.
boost::json::array idEvents(const boost::json::array& rows);

/// Booleans given as strings ("true"/"false", any case) at these keys become booleans
/// (Medusa's booleanString in product and variant bodies).
void normalizeBooleans(boost::json::object& object, std::initializer_list<std::string_view> keys);

}  // namespace medusa::server::workflows::products

namespace medusa::server::workflows::products {

/// What an update of product variants means for their prices (Medusa's
/// upsert-variant-prices), from the update inputs and the variants read before and after:
/// `removed_variant_ids` / `removed_price_set_ids` (variants the update dropped),
/// `update_price_sets` [{id, prices}] (kept variants given prices), `new_variants` [{id}] and
/// `new_price_sets` [{prices}] (variants the update created, paired by position).
boost::json::object planVariantPrices(const boost::json::array& inputs,
                                      const boost::json::array& before,
                                      const boost::json::array& after);

/// The price set id of a variant row read with `price_set_link.price_set_id`, or "".
std::string priceSetIdOf(const boost::json::object& variant);

}  // namespace medusa::server::workflows::products
