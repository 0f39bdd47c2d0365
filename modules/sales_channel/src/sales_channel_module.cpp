// SPDX-License-Identifier: MIT
#include "medusa/sales_channel/sales_channel_module.h"

#include <memory>

#include "medusa/sales_channel/sales_channel_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::sales_channel {

using framework::ColumnKind;
using framework::EntityDefinition;

framework::ModuleDefinition moduleDefinition() {
  EntityDefinition channel{.name = "sales_channel", .idPrefix = "sc"};
  channel.columns = {{"name", ColumnKind::Text, false},
                     {"description"},
                     {"is_disabled", ColumnKind::Bool, false},
                     {"metadata", ColumnKind::Json}};
  channel.searchable = {"name", "description"};

  return framework::ModuleDefinition{
      .name = "sales_channel",
      .entities = {channel},
      .migrations = migrations(),
      .linkable = {"sales_channel"},
      .boot = [](framework::ModuleContext& context) {
        if (auto* services = context.services()) {
          services->registerService(std::make_shared<SalesChannelModuleService>(context));
        }
      }};
}

}  // namespace medusa::sales_channel
