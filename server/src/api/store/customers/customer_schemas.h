// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "http/validation/body_schema.h"

/// Body schemas of the customer routes, store and admin (Medusa's store/customers and
/// admin/customers validators.ts), shared so the address payload is written once.
namespace medusa::api::customers {

/// StoreCreateCustomer / AdminCreateCustomer's fields: email, company_name, first_name,
/// last_name, phone, metadata (all nullish).
const http::validation::Schema& createCustomerSchema();
/// StoreUpdateCustomer: createCustomerSchema() without email.
const http::validation::Schema& storeUpdateCustomerSchema();
/// AddressPayload plus address_name, is_default_shipping, is_default_billing.
const http::validation::Schema& customerAddressSchema();
/// The admin variants: the schema plus `additional_data` (workflow hooks; ignored here).
http::validation::Schema withAdditionalData(const http::validation::Schema& schema);
/// createLinkBody(): {add?: [string], remove?: [string]}.
const http::validation::Schema& linkBodySchema();

/// parseBody; `email` is Schema::email() (zod's `.email()`, at most 254 bytes): "Invalid
/// request: Invalid email" as Medusa answers.
boost::json::object parseCustomerBody(const http::validation::Schema& schema,
                                      const boost::json::value& body);

/// Drops `additional_data` (no hooks use it) and returns the rest.
boost::json::object withoutAdditionalData(boost::json::object body);

}  // namespace medusa::api::customers
