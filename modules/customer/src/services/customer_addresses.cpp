// SPDX-License-Identifier: MIT
// Customer addresses and their default flags: a customer has at most one default shipping and
// one default billing address, so giving an address a flag takes it from the others first.
#include <set>

#include "../repositories/customer_statements.h"
#include "medusa/core/error.h"
#include "medusa/customer/customer_module_service.h"
#include "medusa/db/pool.h"

namespace medusa::customer {

namespace bj = boost::json;

namespace {

constexpr std::string_view kShipping = "is_default_shipping";
constexpr std::string_view kBilling = "is_default_billing";

bool flagged(const bj::object& row, std::string_view flag) {
  const auto* value = row.if_contains(flag);
  return value && value->is_bool() && value->get_bool();
}

const db::Statement& unsetStatement(std::string_view flag) {
  if (flag == kShipping) return detail::kUnsetDefaultShipping;
  if (flag == kBilling) return detail::kUnsetDefaultBilling;
  throw Error(ErrorType::InvalidArgument, "Unknown default address flag " + std::string(flag));
}

// Clears `flag` on the customers' addresses except `keep`; returns the ids it was cleared on.
std::vector<std::string> unsetFlag(db::TxContext& tx, std::string_view flag,
                                   const std::set<std::string>& customerIds,
                                   const std::vector<std::string>& keep) {
  std::vector<std::string> cleared;
  if (customerIds.empty()) return cleared;
  const auto result =
      tx.exec(unsetStatement(flag), db::toArrayLiteral({customerIds.begin(), customerIds.end()}),
              db::toArrayLiteral(keep));
  for (const auto& row : result) cleared.emplace_back(row[0].c_str());
  return cleared;
}

std::string text(const bj::value& value) {
  return value.is_string() ? std::string(value.get_string()) : std::string();
}

}  // namespace

bj::array CustomerModuleService::createCustomerAddresses(const bj::array& data,
                                                         db::TxContext* tx) const {
  const auto& addresses = entity("customer_address");
  return addresses.pool().transact(tx, [&](db::TxContext& t) {
    for (const auto flag : {kShipping, kBilling}) {
      std::set<std::string> customers;
      for (const auto& item : data) {
        if (item.is_object() && flagged(item.get_object(), flag)) {
          customers.insert(text(item.get_object().at("customer_id")));
        }
      }
      unsetFlag(t, flag, customers, {});
    }
    return addresses.create(data, &t);
  });
}

bj::array CustomerModuleService::updateCustomerAddresses(const bj::array& data,
                                                         db::TxContext* tx) const {
  const auto& addresses = entity("customer_address");
  return addresses.pool().transact(tx, [&](db::TxContext& t) {
    for (const auto flag : {kShipping, kBilling}) {
      bj::array ids;
      std::vector<std::string> keep;
      for (const auto& item : data) {
        if (!item.is_object() || !flagged(item.get_object(), flag)) continue;
        ids.push_back(item.get_object().at("id"));
        keep.push_back(text(item.get_object().at("id")));
      }
      if (ids.empty()) continue;
      std::set<std::string> customers;
      for (const auto& row :
           addresses.list({.filters = {{"id", ids}}, .fields = {"id", "customer_id"}}, &t)) {
        customers.insert(text(row.at("customer_id")));
      }
      unsetFlag(t, flag, customers, keep);
    }
    return addresses.update(data, &t);
  });
}

bj::array CustomerModuleService::listCustomerAddresses(const bj::object& filters,
                                                       const std::vector<std::string>& fields,
                                                       db::TxContext* tx) const {
  return entity("customer_address").list({.filters = filters, .fields = fields}, tx);
}

std::vector<std::string> CustomerModuleService::unsetDefaultAddresses(
    const std::vector<std::string>& customerIds, std::string_view flag, db::TxContext* tx) const {
  return entity("customer_address").pool().transact(tx, [&](db::TxContext& t) {
    return unsetFlag(t, flag, {customerIds.begin(), customerIds.end()}, {});
  });
}

void CustomerModuleService::deleteCustomerAddresses(const std::vector<std::string>& ids,
                                                    db::TxContext* tx) const {
  if (!ids.empty()) entity("customer_address").remove(ids, tx);
}

}  // namespace medusa::customer
