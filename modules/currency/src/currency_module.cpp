// SPDX-License-Identifier: MIT
#include "medusa/currency/currency_module.h"

#include <memory>

#include "medusa/currency/currency_module_service.h"
#include "medusa/workflow/service_container.h"

namespace medusa::currency {

using framework::ColumnKind;
using framework::EntityDefinition;

framework::ModuleDefinition moduleDefinition() {
  EntityDefinition currency{.name = "currency", .primaryKey = "code"};
  currency.columns = {{"code", ColumnKind::Text, false},
                      {"symbol", ColumnKind::Text, false},
                      {"symbol_native", ColumnKind::Text, false},
                      {"name", ColumnKind::Text, false},
                      {"decimal_digits", ColumnKind::Integer, false},
                      {"rounding", ColumnKind::Money, false}};
  currency.searchable = {"code", "name"};

  return framework::ModuleDefinition{
      .name = "currency",
      .entities = {currency},
      .migrations = migrations(),
      .linkable = {"currency"},
      .boot =
          [](framework::ModuleContext& context) {
            if (auto* services = context.services()) {
              services->registerService(std::make_shared<CurrencyModuleService>(context));
            }
          }};
}

}  // namespace medusa::currency
