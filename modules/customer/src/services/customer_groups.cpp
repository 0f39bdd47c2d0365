// SPDX-License-Identifier: MIT
// Customer groups and membership (the customer_group_customer pivot).
#include "../repositories/customer_statements.h"
#include "medusa/customer/customer_module_service.h"
#include "medusa/db/pool.h"

namespace medusa::customer {

namespace bj = boost::json;

namespace {

using PairStatement = const db::Statement&;

// Runs a pivot statement over `pairs` and returns the pairs it touched.
std::vector<GroupCustomerPair> runPairs(db::TxContext& tx, PairStatement statement,
                                        const std::vector<GroupCustomerPair>& pairs) {
  std::vector<GroupCustomerPair> touched;
  if (pairs.empty()) return touched;
  std::vector<std::string> customers, groups;
  for (const auto& pair : pairs) {
    customers.push_back(pair.customerId);
    groups.push_back(pair.customerGroupId);
  }
  const auto result = tx.exec(statement, db::toArrayLiteral(customers), db::toArrayLiteral(groups));
  for (const auto& row : result) touched.push_back({row[0].c_str(), row[1].c_str()});
  return touched;
}

}  // namespace

bj::array CustomerModuleService::createCustomerGroups(const bj::array& data,
                                                      db::TxContext* tx) const {
  return entity("customer_group").create(data, tx);
}

bj::array CustomerModuleService::updateCustomerGroups(const bj::array& data,
                                                      db::TxContext* tx) const {
  return entity("customer_group").update(data, tx);
}

void CustomerModuleService::softDeleteCustomerGroups(const std::vector<std::string>& ids,
                                                     db::TxContext* tx) const {
  if (!ids.empty()) entity("customer_group").softDelete(ids, tx);
}

void CustomerModuleService::restoreCustomerGroups(const std::vector<std::string>& ids,
                                                  db::TxContext* tx) const {
  if (!ids.empty()) entity("customer_group").restore(ids, tx);
}

void CustomerModuleService::deleteCustomerGroups(const std::vector<std::string>& ids,
                                                 db::TxContext* tx) const {
  if (!ids.empty()) entity("customer_group").remove(ids, tx);
}

std::vector<GroupCustomerPair> CustomerModuleService::addCustomerToGroup(
    const std::vector<GroupCustomerPair>& pairs, db::TxContext* tx) const {
  return entity("customer_group").pool().transact(tx, [&](db::TxContext& t) {
    return runPairs(t, detail::kAddToGroups, pairs);
  });
}

std::vector<GroupCustomerPair> CustomerModuleService::removeCustomerFromGroup(
    const std::vector<GroupCustomerPair>& pairs, db::TxContext* tx) const {
  return entity("customer_group").pool().transact(tx, [&](db::TxContext& t) {
    return runPairs(t, detail::kRemoveFromGroups, pairs);
  });
}

}  // namespace medusa::customer
