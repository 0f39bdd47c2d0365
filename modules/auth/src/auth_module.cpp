// SPDX-License-Identifier: MIT
#include "medusa/auth/auth_module.h"

#include <memory>

#include "medusa/auth/auth_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::auth {

using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

framework::ModuleDefinition moduleDefinition() {
  EntityDefinition identity{.name = "auth_identity", .idPrefix = "authid"};
  identity.columns = {{"app_metadata", ColumnKind::Json}};
  identity.relations = {{.name = "provider_identities",
                         .kind = RelationKind::HasMany,
                         .target = "provider_identity",
                         .foreignKey = "auth_identity_id",
                         .cascadeDelete = true}};

  EntityDefinition provider{.name = "provider_identity", .idPrefix = "provid"};
  provider.columns = {{"entity_id", ColumnKind::Text, false},
                      {"provider", ColumnKind::Text, false},
                      {"auth_identity_id", ColumnKind::Text, false},
                      {"user_metadata", ColumnKind::Json},
                      {"provider_metadata", ColumnKind::Json}};
  provider.relations = {{.name = "auth_identity",
                         .kind = RelationKind::BelongsTo,
                         .target = "auth_identity",
                         .foreignKey = "auth_identity_id"}};

  return framework::ModuleDefinition{
      .name = "auth",
      .entities = {identity, provider},
      .migrations = migrations(),
      // Provider identities hold password hashes: nothing may link to (and Query through) them.
      .linkable = {"auth_identity"},
      .boot =
          [](framework::ModuleContext& context) {
            if (auto* services = context.services()) {
              services->registerService(std::make_shared<AuthModuleService>(context));
            }
          }};
}

}  // namespace medusa::auth
