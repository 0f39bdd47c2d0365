// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <boost/json/object.hpp>
#include <span>
#include <string>
#include <string_view>

#include "api/common/find_query.h"
#include "api/common/route_scope.h"
#include "http/query/find_params.h"
#include "http/request.h"

/// What the /admin/customers and /admin/customer-groups routes share: Medusa's query configs
/// (admin/customers/query-config.ts), the refetch of `{customer}`, filter shaping.
namespace medusa::api::admin_customers {

/// defaultAdminCustomerFields.
inline constexpr std::array<std::string_view, 12> kCustomerFields = {
    "id",       "company_name", "first_name", "last_name",  "email",      "phone",
    "metadata", "has_account",  "created_by", "created_at", "updated_at", "deleted_at"};
inline constexpr auto kRetrieveCustomer = http::QueryConfig::retrieve(kCustomerFields);
inline constexpr auto kListCustomers =
    http::QueryConfig::list(kCustomerFields).withDefaultLimit(50);

/// defaultAdminCustomerAddressFields.
inline constexpr std::array<std::string_view, 15> kAddressFields = {
    "id",           "company",   "customer_id", "first_name", "last_name",
    "address_1",    "address_2", "city",        "province",   "postal_code",
    "country_code", "phone",     "metadata",    "created_at", "updated_at"};
inline constexpr auto kRetrieveAddress = http::QueryConfig::retrieve(kAddressFields);
inline constexpr auto kListAddresses = http::QueryConfig::list(kAddressFields).withDefaultLimit(50);

/// The customer with the retrieve config's fields for this request; Error{NotFound,
/// `message`} when missing.
boost::json::object refetchCustomer(const RouteScope& scope, const http::Request& req,
                                    std::string_view customerId, const std::string& message);

/// Throws Error{NotFound, message} unless a live `entity` row has this id (the existence checks
/// Medusa's update routes make before running the workflow).
void requireExisting(const RouteScope& scope, std::string_view entity, std::string_view id,
                     const std::string& message);

/// Shapes list filters as Medusa's validators do: `relation=<id>` / `relation[]=<ids>` becomes
/// `{relation: {id: ...}}`, and booleanString() keys ("true"/"false") become booleans.
boost::json::object shapeFilters(boost::json::object filters, std::string_view relation,
                                 std::span<const std::string_view> booleans = {});

/// The actor id of the admin request ("" for none; the admin guard already ran).
std::string actorId(const http::Request& req);

}  // namespace medusa::api::admin_customers
