// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::customer {

/// One membership of a customer in a group (Medusa's GroupCustomerPair).
struct GroupCustomerPair {
  std::string customerId{};
  std::string customerGroupId{};
};

/// The customer module's service (Medusa's CustomerModuleService). Rows are wire-shaped JSON
/// objects; generic reads go through entity("customer"|"customer_address"|"customer_group").
class CustomerModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// Creates customers ({email?, first_name?, ..., has_account?, addresses?: [...]}). A live
  /// customer with the same email and has_account: Error{InvalidData} (`… already exists.`).
  boost::json::array createCustomers(const boost::json::array& data,
                                     db::TxContext* tx = nullptr) const;
  /// Live customers matching `filters` (all columns).
  boost::json::array listCustomers(const boost::json::object& filters,
                                   db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id; Error{NotFound} `Customer with id: X was not found`.
  boost::json::array updateCustomers(const boost::json::array& data,
                                     db::TxContext* tx = nullptr) const;
  /// Soft-deletes customers with their addresses.
  void softDeleteCustomers(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted customers and their addresses.
  void restoreCustomers(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes customers for good, with their addresses and memberships.
  void deleteCustomers(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// Creates addresses ({customer_id, ...}). An address flagged is_default_shipping /
  /// is_default_billing takes the flag from the customer's other addresses.
  boost::json::array createCustomerAddresses(const boost::json::array& data,
                                             db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id; a default flag set to true is cleared on the
  /// customer's other addresses first.
  boost::json::array updateCustomerAddresses(const boost::json::array& data,
                                             db::TxContext* tx = nullptr) const;
  /// Live addresses matching `filters`, with `fields` (empty: all columns).
  boost::json::array listCustomerAddresses(const boost::json::object& filters,
                                           const std::vector<std::string>& fields = {},
                                           db::TxContext* tx = nullptr) const;
  /// Clears `flag` ("is_default_shipping" | "is_default_billing") on every live address of
  /// the customers; returns the ids of the addresses that had it (to set it back).
  std::vector<std::string> unsetDefaultAddresses(const std::vector<std::string>& customerIds,
                                                 std::string_view flag,
                                                 db::TxContext* tx = nullptr) const;
  /// Deletes addresses for good (Medusa hard-deletes them too).
  void deleteCustomerAddresses(const std::vector<std::string>& ids,
                               db::TxContext* tx = nullptr) const;

  /// Creates customer groups ({name, metadata?, created_by?}); a live group with the same
  /// name: Error{InvalidData} `Customer group with name: X, already exists.`
  boost::json::array createCustomerGroups(const boost::json::array& data,
                                          db::TxContext* tx = nullptr) const;
  /// Partial updates of groups, each naming its id.
  boost::json::array updateCustomerGroups(const boost::json::array& data,
                                          db::TxContext* tx = nullptr) const;
  /// Soft-deletes groups; their memberships stay for restoreCustomerGroups.
  void softDeleteCustomerGroups(const std::vector<std::string>& ids,
                                db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted groups.
  void restoreCustomerGroups(const std::vector<std::string>& ids,
                             db::TxContext* tx = nullptr) const;
  /// Deletes groups for good, with their memberships.
  void deleteCustomerGroups(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  /// Adds memberships; returns the pairs that were not there before (what undoing removes).
  /// Unknown customer or group: Error{NotFound}.
  std::vector<GroupCustomerPair> addCustomerToGroup(const std::vector<GroupCustomerPair>& pairs,
                                                    db::TxContext* tx = nullptr) const;
  /// Removes memberships; returns the pairs that existed (what undoing adds back).
  std::vector<GroupCustomerPair> removeCustomerFromGroup(
      const std::vector<GroupCustomerPair>& pairs, db::TxContext* tx = nullptr) const;
};

}  // namespace medusa::customer
