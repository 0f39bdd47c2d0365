// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "http/query/find_params.h"
#include "http/request.h"

namespace medusa::framework {
class QueryEngine;
struct GraphQuery;
}  // namespace medusa::framework

namespace medusa::api {

/// Turns a /store/products request into its graph query: the store's implicit filters
/// (published, the key's sales channels, active public categories), the pricing context
/// for `variants.calculated_price` and the stock locations for
/// `variants.inventory_quantity`. Throws Medusa's 400s for a bad context.
framework::GraphQuery storeProductQuery(const framework::QueryEngine& query,
                                        const http::Request& req, http::FindParams params);

}  // namespace medusa::api
