// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <boost/json/object.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "api/common/find_query.h"
#include "api/common/route_scope.h"
#include "http/auth_context.h"
#include "http/query/find_params.h"
#include "http/request.h"

/// What the /store/customers routes share: Medusa's query configs (store/customers/
/// query-config.ts), the customer guard and the refetch of `{customer}`.
namespace medusa::api::store_customers {

/// defaultStoreCustomersFields.
inline constexpr std::array<std::string_view, 12> kCustomerFields = {
    "id",       "email",       "company_name", "first_name", "last_name",  "phone",
    "metadata", "has_account", "deleted_at",   "created_at", "updated_at", "*addresses"};
/// The retrieve config's allow-list: the defaults without `*`, plus `orders`.
inline constexpr std::array<std::string_view, 13> kCustomerAllowed = {
    "id",          "email",      "company_name", "first_name", "last_name", "phone", "metadata",
    "has_account", "deleted_at", "created_at",   "updated_at", "addresses", "orders"};
inline constexpr auto kRetrieveCustomer =
    http::QueryConfig::retrieve(kCustomerFields).withAllowed(kCustomerAllowed);
/// What `fields` may reach from the customer (storeAccess): their own addresses and orders.
/// Medusa's allow-list matches by prefix, so `addresses.customer.groups.customers.email`
/// passed it and read other customers; the relation list is exact.
inline constexpr std::array<std::string_view, 2> kCustomerRelations = {"addresses", "orders"};

/// defaultStoreCustomerAddressFields.
inline constexpr std::array<std::string_view, 17> kAddressFields = {"id",
                                                                    "company",
                                                                    "customer_id",
                                                                    "first_name",
                                                                    "last_name",
                                                                    "address_1",
                                                                    "address_2",
                                                                    "city",
                                                                    "province",
                                                                    "postal_code",
                                                                    "country_code",
                                                                    "phone",
                                                                    "metadata",
                                                                    "is_default_shipping",
                                                                    "is_default_billing",
                                                                    "created_at",
                                                                    "updated_at"};
inline constexpr auto kRetrieveAddress = http::QueryConfig::retrieve(kAddressFields);
inline constexpr auto kListAddresses = http::QueryConfig::list(kAddressFields).withDefaultLimit(50);

/// The request's customer auth context as Medusa's authenticate("customer", ["session",
/// "bearer"]) accepts it: actor type `customer` and, unless `allowUnregistered`, an actor id.
/// nullptr when there is none (the route answers AuthMiddleware::unauthorized()).
const http::AuthContext* customerContext(const http::Request& req, bool allowUnregistered = false);

/// `{customer}` as the retrieve config shapes it for this request (fields from the query).
boost::json::object refetchCustomer(const RouteScope& scope, const http::Request& req,
                                    std::string_view customerId);

/// The customer's address `addressId` with `fields` (read under `access` when the caller
/// chose them); Error{NotFound} `Address with id: X was not found` when it is not theirs (or
/// does not exist).
boost::json::object customerAddress(const RouteScope& scope, std::string_view customerId,
                                    std::string_view addressId,
                                    const std::vector<std::string>& fields,
                                    std::shared_ptr<const framework::AccessPolicy> access = {});

/// The access policy of a read of the signed-in customer (kCustomerRelations) or of their
/// addresses (no relations: `customer` would lead back out).
std::shared_ptr<const framework::AccessPolicy> customerAccess(const http::Request& req);
std::shared_ptr<const framework::AccessPolicy> addressAccess(const http::Request& req);

}  // namespace medusa::api::store_customers
