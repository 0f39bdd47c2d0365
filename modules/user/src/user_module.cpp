// SPDX-License-Identifier: MIT
#include "medusa/user/user_module.h"

#include <memory>

#include "medusa/user/user_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::user {

using framework::ColumnKind;
using framework::EntityDefinition;

framework::ModuleDefinition moduleDefinition() {
  // Medusa's table is the quoted "user"; the framework only splices plain identifiers.
  EntityDefinition user{.name = "user", .table = "user_account", .idPrefix = "user"};
  user.columns = {{"first_name"},
                  {"last_name"},
                  {"email", ColumnKind::Text, false},
                  {"avatar_url"},
                  {"metadata", ColumnKind::Json}};
  user.searchable = {"email", "first_name", "last_name"};

  EntityDefinition invite{.name = "invite", .idPrefix = "invite"};
  invite.columns = {{"email", ColumnKind::Text, false},
                    {"accepted", ColumnKind::Bool, false},
                    {"token", ColumnKind::Text, false},
                    {"expires_at", ColumnKind::Timestamp, false},
                    {"metadata", ColumnKind::Json}};
  invite.searchable = {"email"};

  return framework::ModuleDefinition{
      .name = "user",
      .entities = {user, invite},
      .migrations = migrations(),
      .linkable = {"user", "invite"},
      .boot =
          [](framework::ModuleContext& context) {
            if (auto* services = context.services()) {
              services->registerService(std::make_shared<UserModuleService>(context));
            }
          }};
}

}  // namespace medusa::user
