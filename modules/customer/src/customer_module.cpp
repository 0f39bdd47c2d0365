// SPDX-License-Identifier: MIT
#include "medusa/customer/customer_module.h"

#include <memory>

#include "medusa/customer/customer_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::customer {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

namespace {

EntityDefinition customerEntity() {
  EntityDefinition customer{.name = "customer", .idPrefix = "cus"};
  customer.columns = {{"company_name"},
                      {"first_name"},
                      {"last_name"},
                      {"email"},
                      {"phone"},
                      {"has_account", ColumnKind::Bool, false},
                      {"metadata", ColumnKind::Json},
                      {"created_by"}};
  customer.searchable = {"company_name", "first_name", "last_name", "email", "phone"};
  customer.relations = {{.name = "addresses",
                         .kind = RelationKind::HasMany,
                         .target = "customer_address",
                         .foreignKey = "customer_id",
                         .cascadeDelete = true},
                        {.name = "groups",
                         .kind = RelationKind::ManyToMany,
                         .target = "customer_group",
                         .pivotTable = "customer_group_customer",
                         .pivotSourceColumn = "customer_id",
                         .pivotTargetColumn = "customer_group_id"}};
  return customer;
}

EntityDefinition addressEntity() {
  EntityDefinition address{
      .name = "customer_address", .idPrefix = "cuaddr", .displayName = "Customer address"};
  address.columns = {{"address_name"},
                     {"is_default_shipping", ColumnKind::Bool, false},
                     {"is_default_billing", ColumnKind::Bool, false},
                     {"customer_id", ColumnKind::Text, false},
                     {"company"},
                     {"first_name"},
                     {"last_name"},
                     {"address_1"},
                     {"address_2"},
                     {"city"},
                     {"country_code"},
                     {"province"},
                     {"postal_code"},
                     {"phone"},
                     {"metadata", ColumnKind::Json}};
  address.searchable = {"address_name", "company", "first_name", "last_name",  "address_1",
                        "address_2",    "city",    "province",   "postal_code"};
  address.relations = {{.name = "customer",
                        .kind = RelationKind::BelongsTo,
                        .target = "customer",
                        .foreignKey = "customer_id"}};
  return address;
}

EntityDefinition groupEntity() {
  EntityDefinition group{
      .name = "customer_group", .idPrefix = "cusgroup", .displayName = "Customer group"};
  group.columns = {
      {"name", ColumnKind::Text, false}, {"metadata", ColumnKind::Json}, {"created_by"}};
  group.searchable = {"name"};
  group.relations = {{.name = "customers",
                      .kind = RelationKind::ManyToMany,
                      .target = "customer",
                      .pivotTable = "customer_group_customer",
                      .pivotSourceColumn = "customer_group_id",
                      .pivotTargetColumn = "customer_id"}};
  return group;
}

}  // namespace

framework::ModuleDefinition moduleDefinition() {
  return framework::ModuleDefinition{
      .name = "customer",
      .entities = {customerEntity(), addressEntity(), groupEntity()},
      .migrations = migrations(),
      .linkable = {"customer", "customer_address", "customer_group"},
      .boot = [](framework::ModuleContext& context) {
        if (auto* services = context.services()) {
          services->registerService(std::make_shared<CustomerModuleService>(context));
        }
      }};
}

}  // namespace medusa::customer
