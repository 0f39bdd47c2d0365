// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"

namespace medusa::server::workflows::catalog {

/// Updates the categories matching `{selector, update}`; a new parent_category_id or rank
/// moves them in the tree. Compensation: writes back the previous values, always with the old
/// parent and rank, so a moved category returns to its old place among its old siblings.
inline const auto updateProductCategoriesStep = workflow::makeStep(
    "update-product-categories",
    [](const bj::object& input, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<product::ProductModuleService>();
      const auto& entity = service.entity("product_category");
      const auto selected = selectorUpdateOf(input);
      std::vector<std::string> fields{"id", "parent_category_id", "rank"};
      for (const auto& [key, value] : selected.update) {
        if (key != "id" && key != "rank" && key != "parent_category_id") fields.emplace_back(key);
      }
      auto previous = entity.list({.filters = selected.selector, .fields = fields});
      auto result = service.updateProductCategories(updateRowsFor(entity, selected));
      return workflow::StepResponse{std::move(result.rows), std::move(previous)};
    },
    [](const bj::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<product::ProductModuleService>().updateProductCategories(previous);
    });

}  // namespace medusa::server::workflows::catalog
