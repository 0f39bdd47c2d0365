// SPDX-License-Identifier: MIT
#include "medusa/product/product_module.h"

#include <memory>

#include "medusa/product/product_module_service.h"
#include "medusa/workflow/service_container.h"
#include "models/product_models.h"

namespace medusa::product {

framework::ModuleDefinition moduleDefinition() {
  auto entities = models::productEntities();
  for (auto& entity : models::catalogEntities()) entities.push_back(std::move(entity));
  return framework::ModuleDefinition{
      .name = "product",
      .entities = std::move(entities),
      .migrations = migrations(),
      // Medusa's linkable keys: everything but option values.
      .linkable = {"product", "product_variant", "product_option", "product_image",
                   "product_collection", "product_category", "product_tag", "product_type"},
      .boot = [](framework::ModuleContext& context) {
        if (auto* services = context.services()) {
          services->registerService(std::make_shared<ProductModuleService>(context));
        }
      }};
}

}  // namespace medusa::product
