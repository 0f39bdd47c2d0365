// SPDX-License-Identifier: MIT
#include "medusa/api_key/api_key_module.h"

#include <memory>

#include "medusa/api_key/api_key_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::api_key {

using framework::ColumnKind;
using framework::EntityDefinition;

framework::ModuleDefinition moduleDefinition() {
  // `salt` is deliberately not declared: what is not in the schema never reaches a response.
  // Every declared column is text or a timestamp, which ApiKeyModuleService's lookups rely on.
  EntityDefinition key{.name = "api_key", .idPrefix = "apk"};
  key.columns = {{"token", ColumnKind::Text, false},
                 {"redacted", ColumnKind::Text, false},
                 {"title", ColumnKind::Text, false},
                 {"type", ColumnKind::Enum, false, {"publishable", "secret"}},
                 {"last_used_at", ColumnKind::Timestamp},
                 {"created_by", ColumnKind::Text, false},
                 {"revoked_by"},
                 {"revoked_at", ColumnKind::Timestamp}};
  key.searchable = {"title", "redacted"};

  return framework::ModuleDefinition{
      .name = "api_key",
      .entities = {key},
      .migrations = migrations(),
      .linkable = {"api_key"},
      .boot = [](framework::ModuleContext& context) {
        if (auto* services = context.services()) {
          services->registerService(std::make_shared<ApiKeyModuleService>(context));
        }
      }};
}

}  // namespace medusa::api_key
