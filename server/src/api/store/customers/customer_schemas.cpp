// SPDX-License-Identifier: MIT
#include "api/store/customers/customer_schemas.h"

namespace medusa::api::customers {

using http::validation::Schema;

namespace {

Schema nullishString() {
  return Schema::string().nullable().optional();
}

Schema metadataField() {
  return Schema::record().nullable().optional();
}

}  // namespace

const Schema& createCustomerSchema() {
  static const Schema schema = Schema::object({{"email", Schema::email().nullable().optional()},
                                               {"company_name", nullishString()},
                                               {"first_name", nullishString()},
                                               {"last_name", nullishString()},
                                               {"phone", nullishString()},
                                               {"metadata", metadataField()}});
  return schema;
}

const Schema& storeUpdateCustomerSchema() {
  static const Schema schema = Schema::object({{"company_name", nullishString()},
                                               {"first_name", nullishString()},
                                               {"last_name", nullishString()},
                                               {"phone", nullishString()},
                                               {"metadata", metadataField()}});
  return schema;
}

const Schema& customerAddressSchema() {
  static const Schema schema =
      Schema::object({{"address_name", nullishString()},
                      {"is_default_shipping", Schema::boolean().optional()},
                      {"is_default_billing", Schema::boolean().optional()},
                      {"company", nullishString()},
                      {"first_name", nullishString()},
                      {"last_name", nullishString()},
                      {"address_1", nullishString()},
                      {"address_2", nullishString()},
                      {"city", nullishString()},
                      {"country_code", nullishString()},
                      {"province", nullishString()},
                      {"postal_code", nullishString()},
                      {"phone", nullishString()},
                      {"metadata", metadataField()}});
  return schema;
}

Schema withAdditionalData(const Schema& schema) {
  return schema.extend({{"additional_data", Schema::record().optional()}});
}

const Schema& linkBodySchema() {
  static const Schema schema =
      Schema::object({{"add", Schema::array(Schema::string()).optional()},
                      {"remove", Schema::array(Schema::string()).optional()}});
  return schema;
}

boost::json::object parseCustomerBody(const Schema& schema, const boost::json::value& body) {
  return http::validation::parseBody(schema, body);
}

boost::json::object withoutAdditionalData(boost::json::object body) {
  body.erase("additional_data");
  return body;
}

}  // namespace medusa::api::customers
