// SPDX-License-Identifier: MIT
// createProducts: every product with its options, values, variants, images and pivots in
// one INSERT per table, whatever the number of products.
#include "medusa/db/pool.h"
#include "medusa/product/product_module_service.h"
#include "services/product_input.h"
#include "services/service_support.h"

namespace medusa::product {

namespace bj = boost::json;

bj::array ProductModuleService::createProducts(const bj::array& data, db::TxContext* tx) const {
  detail::objectsOf(data, "product");
  detail::requireOptionsForVariants(data);
  bj::array rows;
  rows.reserve(data.size());
  for (const auto& input : data) rows.push_back(detail::prepareProductRow(input.get_object()));
  return pool().transact(tx, [&](db::TxContext& t) { return repo("product").create(t, rows); });
}

}  // namespace medusa::product
