// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value_from.hpp>
#include <set>
#include <string>
#include <vector>

#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"

namespace medusa::server::workflows::catalog {

/// Links products to (`add`) and unlinks them from (`remove`) a category: `{id, add, remove}`.
/// Only the changes are recorded, so the compensation unlinks exactly what was added and
/// links back exactly what was removed.
inline const auto batchLinkProductsToCategoryStep = workflow::makeStep(
    "batch-link-products-to-category",
    [](const bj::object& input, workflow::StepContext& ctx) {
      const auto link = linkInputOf(input);
      const auto& service = ctx.resolve<product::ProductModuleService>();
      const auto category =
          service.retrieveProductCategory(link.id, {.fields = {"id", "products.id"}});
      std::set<std::string> linked;
      if (const auto* products = category.if_contains("products"); products && products->is_array()) {
        for (const auto& product : products->get_array()) {
          linked.emplace(product.at("id").as_string());
        }
      }
      std::vector<std::string> removed;
      std::vector<std::string> added;
      for (const auto& id : link.remove) {
        if (linked.erase(id) > 0) removed.push_back(id);
      }
      for (const auto& id : link.add) {
        if (linked.insert(id).second) added.push_back(id);
      }
      if (!removed.empty()) service.removeProductsFromCategory(link.id, removed);
      if (!added.empty()) service.addProductsToCategory(link.id, added);
      return workflow::StepResponse{
          workflow::Empty{}, bj::object{{"id", link.id},
                                        {"add", bj::value_from(added)},
                                        {"remove", bj::value_from(removed)}}};
    },
    [](const bj::object& changes, workflow::StepContext& ctx) {
      const auto link = linkInputOf(changes);
      const auto& service = ctx.resolve<product::ProductModuleService>();
      if (!link.add.empty()) service.removeProductsFromCategory(link.id, link.add);
      if (!link.remove.empty()) service.addProductsToCategory(link.id, link.remove);
    });

}  // namespace medusa::server::workflows::catalog
