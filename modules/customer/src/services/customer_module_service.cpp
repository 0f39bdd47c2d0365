// SPDX-License-Identifier: MIT
// Customers (addresses: customer_addresses.cpp, groups: customer_groups.cpp).
#include "medusa/customer/customer_module_service.h"

namespace medusa::customer {

namespace bj = boost::json;

bj::array CustomerModuleService::createCustomers(const bj::array& data, db::TxContext* tx) const {
  return entity("customer").create(data, tx);
}

bj::array CustomerModuleService::listCustomers(const bj::object& filters, db::TxContext* tx) const {
  return entity("customer").list({.filters = filters}, tx);
}

bj::array CustomerModuleService::updateCustomers(const bj::array& data, db::TxContext* tx) const {
  return entity("customer").update(data, tx);
}

void CustomerModuleService::softDeleteCustomers(const std::vector<std::string>& ids,
                                                db::TxContext* tx) const {
  if (!ids.empty()) entity("customer").softDelete(ids, tx);
}

void CustomerModuleService::restoreCustomers(const std::vector<std::string>& ids,
                                             db::TxContext* tx) const {
  if (!ids.empty()) entity("customer").restore(ids, tx);
}

void CustomerModuleService::deleteCustomers(const std::vector<std::string>& ids,
                                            db::TxContext* tx) const {
  // Memberships go with the rows (ON DELETE CASCADE on the pivot).
  if (!ids.empty()) entity("customer").remove(ids, tx);
}

}  // namespace medusa::customer
